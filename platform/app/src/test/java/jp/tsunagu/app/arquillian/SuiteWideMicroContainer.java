package jp.tsunagu.app.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian's view of the run's one Payara Micro. Arquillian deploys and undeploys once per test class;
 * here the first deploy boots Micro with the archive, later deploys of the same archive reuse it, undeploy
 * keeps it running, and it stops when the suite ends.
 */
public class SuiteWideMicroContainer implements DeployableContainer<SuiteWideMicroConfiguration> {

    private SuiteWideMicroConfiguration configuration;

    @Override
    public Class<SuiteWideMicroConfiguration> getConfigurationClass() {
        return SuiteWideMicroConfiguration.class;
    }

    @Override
    public void setup(SuiteWideMicroConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        // Tests run as clients (testable = false); the protocol only has to exist.
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return SuiteWideMicro.deploy(archive, configuration);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept running for the next test class; stop() ends it.
    }

    @Override
    public void stop() {
        SuiteWideMicro.stop();
    }
}
