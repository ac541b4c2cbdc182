package careercoach.store;

import javax.sql.DataSource;

class JdbcChecklistRepositoryH2Test extends ChecklistRepositoryContract {
    private final DataSource dataSource = ChecklistDatabases.h2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
