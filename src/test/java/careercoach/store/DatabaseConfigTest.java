package careercoach.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseConfigTest {

    @Test
    void configFor_blank_isEmbeddedH2FileUnderData() {
        assertEquals(Database.DEFAULT_URL, Database.configFor("").getJdbcUrl());
        assertEquals(Database.DEFAULT_URL, Database.configFor(null).getJdbcUrl());
    }

    @Test
    void configFor_postgresUri_becomesJdbcUrlWithSeparateCredentials() {
        var config = Database.configFor("postgres://app:s%40cret@db.example.com:6543/coach?sslmode=require");

        assertEquals("jdbc:postgresql://db.example.com:6543/coach?sslmode=require", config.getJdbcUrl());
        assertEquals("app", config.getUsername());
        assertEquals("s@cret", config.getPassword());
        assertFalse(config.getJdbcUrl().contains("cret"));
    }

    @Test
    void configFor_postgresUriWithoutPort_usesDefaultPort() {
        assertEquals("jdbc:postgresql://db:5432/coach", Database.configFor("postgresql://db/coach").getJdbcUrl());
    }

    @Test
    void configFor_jdbcUrls_areKeptAsGiven() {
        assertEquals("jdbc:postgresql://h:1/d?user=x", Database.configFor("jdbc:postgresql://h:1/d?user=x").getJdbcUrl());
        assertEquals("jdbc:h2:mem:x", Database.configFor("jdbc:h2:mem:x").getJdbcUrl());
    }

    @Test
    void configFor_unknownScheme_namesTheVariableButNotTheSecret() {
        var error = assertThrows(Database.InvalidDatabaseUrlException.class,
                () -> Database.configFor("mysql://root:hunter2@h/d"));

        assertEquals(true, error.getMessage().startsWith("DATABASE_URL"));
        assertFalse(error.getMessage().contains("hunter2"));
    }

    @Test
    void configFor_passwordWithCaretSlashAndAt_isReadWholeAndKeptOutOfTheJdbcUrl() {
        var config = Database.configFor("postgres://app:p^ss/w@rd@db.example.com:5432/coach");

        assertEquals("jdbc:postgresql://db.example.com:5432/coach", config.getJdbcUrl());
        assertEquals("app", config.getUsername());
        assertEquals("p^ss/w@rd", config.getPassword());
    }

    @Test
    void configFor_badHostAfterASpecialPassword_doesNotQuoteThePassword() {
        var error = assertThrows(Database.InvalidDatabaseUrlException.class,
                () -> Database.configFor("postgres://app:s3cr^t/pw@bad host^/coach"));

        assertFalse(error.getMessage().contains("s3cr^t"), error.getMessage());
    }
}
