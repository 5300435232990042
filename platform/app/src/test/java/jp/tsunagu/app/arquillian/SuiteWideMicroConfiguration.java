package jp.tsunagu.app.arquillian;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code payara-micro} container's properties in {@code arquillian.xml}. */
public class SuiteWideMicroConfiguration implements ContainerConfiguration {

    private String microJar;
    private int httpPort;
    private String workDirectory;
    private String maxHeap = "512m";
    private int startupTimeoutInSeconds = 180;

    @Override
    public void validate() throws ConfigurationException {
        if (microJar == null || !Files.isRegularFile(Path.of(microJar))) {
            throw new ConfigurationException("microJar is not a file: " + microJar
                    + " (the build copies payara-micro.jar in pre-integration-test)");
        }
        if (httpPort < 1 || httpPort > 65535) {
            throw new ConfigurationException("httpPort out of range: " + httpPort);
        }
        if (workDirectory == null || workDirectory.isBlank()) {
            throw new ConfigurationException("workDirectory is required");
        }
    }

    public String getMicroJar() {
        return microJar;
    }

    public void setMicroJar(String microJar) {
        this.microJar = microJar;
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    public String getWorkDirectory() {
        return workDirectory;
    }

    public void setWorkDirectory(String workDirectory) {
        this.workDirectory = workDirectory;
    }

    public String getMaxHeap() {
        return maxHeap;
    }

    public void setMaxHeap(String maxHeap) {
        this.maxHeap = maxHeap;
    }

    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }
}
