package jp.tsunagu.ledger.imports.control;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import jp.tsunagu.ledger.imports.job.ImportLoad;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Each tenant's imports as Prometheus gauges with a {@code tenant} label, as of the last takeover sweep (every node
 * reports the same figures, read from the database: aggregate with {@code max}, not {@code sum}):
 * {@code tsunagu_imports_running} (rows being read now), {@code tsunagu_imports_interrupted} (left unfinished, no node
 * runs them) and {@code tsunagu_imports_rows_read} (rows read by all the tenant's imports; it stops growing when an
 * import stalls).
 */
@ApplicationScoped
public class ImportMetrics {

    private static final Metadata RUNNING = Metadata.builder().withName("tsunagu.imports.running")
            .withDescription("Imports of the tenant whose rows are being read now").build();
    private static final Metadata INTERRUPTED = Metadata.builder().withName("tsunagu.imports.interrupted")
            .withDescription("Imports of the tenant left unfinished that no node runs").build();
    private static final Metadata ROWS_READ = Metadata.builder().withName("tsunagu.imports.rows.read")
            .withDescription("Rows read by all the tenant's imports so far").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private final Map<PrefectureCode, ImportLoad> loads = new ConcurrentHashMap<>();
    private final Set<PrefectureCode> registered = ConcurrentHashMap.newKeySet();

    /** The figures of the last sweep; a tenant seen for the first time gets its gauges. */
    void update(Map<PrefectureCode, ImportLoad> latest) {
        loads.keySet().retainAll(latest.keySet());
        loads.putAll(latest);
        latest.keySet().stream().filter(registered::add).forEach(this::register);
    }

    private void register(PrefectureCode tenant) {
        Tag label = new Tag("tenant", tenant.value());
        gauge(RUNNING, tenant, ImportLoad::running, label);
        gauge(INTERRUPTED, tenant, ImportLoad::interrupted, label);
        gauge(ROWS_READ, tenant, ImportLoad::rowsRead, label);
    }

    private void gauge(Metadata metadata, PrefectureCode tenant, ToLongFunction<ImportLoad> figure, Tag label) {
        metrics.gauge(metadata, loads, current -> {
            ImportLoad load = current.get(tenant);
            return load == null ? 0L : figure.applyAsLong(load);
        }, label);
    }
}
