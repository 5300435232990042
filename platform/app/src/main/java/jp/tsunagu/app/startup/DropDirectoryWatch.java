package jp.tsunagu.app.startup;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.ledger.dropbox.DropDirectory;
import jp.tsunagu.ledger.dropbox.DropDirectoryImports;

/** Scans the drop directory on the container's scheduler when one is configured (docs/self-reports.md). */
@ApplicationScoped
public class DropDirectoryWatch {

    private static final Logger LOG = Logger.getLogger(DropDirectoryWatch.class.getName());

    @Inject
    DropDirectoryImports imports;

    @Inject
    DropDirectory directory;

    @Inject
    @ConfigProperty(name = "tsunagu.dropbox.poll-seconds", defaultValue = "5")
    long pollSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // The scans themselves create the importer, on the scheduler's thread once the application runs.
        if (directory.root().isPresent()) {
            scheduler.scheduleWithFixedDelay(() -> imports.scanQuietly(), pollSeconds, pollSeconds, TimeUnit.SECONDS);
            LOG.info("Drop directory watched every " + pollSeconds + " s");
        }
    }
}
