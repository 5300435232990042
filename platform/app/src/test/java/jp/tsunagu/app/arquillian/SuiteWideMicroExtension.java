package jp.tsunagu.app.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Replaces the Payara Micro connector's container, which boots a new Micro for every test class, with one that
 * boots a single Micro for the whole failsafe run (see {@link SuiteWideMicroContainer}).
 */
public class SuiteWideMicroExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SuiteWideMicroContainer.class);
    }
}
