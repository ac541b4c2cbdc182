package careercoach.slack.install;

import careercoach.install.ActiveInstallation;
import careercoach.install.Installations;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;

import java.util.function.Supplier;

/**
 * Bolt's view of the installations: {@link #findBot} resolves a request's workspace (its own install, else its
 * org's org-wide one) as Bolt's {@code MultiTeamsAuthorization} asks. The bot handed to Bolt carries no refresh
 * token: Bolt would refresh a rotating token on its own, on every instance that sees it due; here the store
 * refreshes it, once across instances ({@link Installations#refreshDue}). No user tokens are kept.
 */
final class StoredInstallations implements InstallationService {
    static final String NOT_INSTALLED = "Career Coach isn't installed in this workspace (any more), so it can't"
            + " answer here. Ask an admin of the workspace to add it again.";

    private final Installations installations;
    private final Supplier<ActiveInstallation> resolved;

    /** @param resolved the installation the request being authorized was found to have, if any */
    StoredInstallations(Installations installations, Supplier<ActiveInstallation> resolved) {
        this.installations = installations;
        this.resolved = resolved;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("one installation per workspace is kept, not their history");
        }
    }

    /** Installations are saved by the install pages, sealed; Bolt's own OAuth handlers are not used. */
    @Override
    public void saveInstallerAndBot(Installer installer) {
        throw new UnsupportedOperationException("installations are saved by the install pages");
    }

    @Override
    public void saveBot(Bot bot) {
        throw new UnsupportedOperationException("tokens are refreshed by the installations store");
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.remove(bot.getEnterpriseId(), bot.getTeamId(), "deleted_by_bolt", null);
    }

    /** No user tokens are kept. */
    @Override
    public void deleteInstaller(Installer installer) {
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        ActiveInstallation found = resolved.get();
        if (found != null) {
            return bot(found);
        }
        return installations.forRequest(enterpriseId, teamId).map(StoredInstallations::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    /** What a command from a workspace without an installation is told. */
    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return NOT_INSTALLED;
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.remove(enterpriseId, teamId, "deleted_by_bolt", null);
    }

    static Bot bot(ActiveInstallation installation) {
        DefaultBot bot = new DefaultBot();
        bot.setEnterpriseId(installation.enterpriseId().orElse(null));
        bot.setTeamId(installation.teamId().orElse(null));
        bot.setIsEnterpriseInstall(installation.orgWide());
        bot.setBotUserId(installation.botUserId());
        bot.setBotId(installation.botId().orElse(null));
        bot.setBotScope(installation.scopes());
        bot.setScope(installation.scopes());
        bot.setBotAccessToken(installation.botToken());
        return bot;
    }
}
