package jp.tsunagu.app.startup;

import java.net.URI;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;

/**
 * Makes sure the national operators' realm exists. Keycloak may start after the application (or be restarted),
 * so this retries in the background until it succeeds instead of failing the deployment.
 */
@ApplicationScoped
public class OperatorRealmSetup {

    private static final Logger LOG = Logger.getLogger(OperatorRealmSetup.class.getName());

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    @ConfigProperty(name = "tsunagu.public.url")
    URI publicUrl;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean ready;
    private ScheduledFuture<?> attempts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        attempts = scheduler.scheduleWithFixedDelay(this::attempt, 0, 10, TimeUnit.SECONDS);
    }

    private void attempt() {
        if (ready) {
            return;
        }
        try {
            keycloak.ensureOperatorRealm(publicUrl);
            ready = true;
            LOG.info("Operator realm is ready");
            if (attempts != null) {
                attempts.cancel(false);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Operator realm not ready yet (" + e.getClass().getSimpleName() + "); retrying in 10 s");
        }
    }

    public boolean isReady() {
        return ready;
    }

    @PreDestroy
    void stop() {
        if (attempts != null) {
            attempts.cancel(true);
        }
    }
}
