package jp.tsunagu.ledger.dropbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The drop directory's layout ({@code tsunagu.dropbox.directory}, unset = no drop directory):
 * {@code <root>/<tenant>/<disaster id>/in} for partners' CSV files, {@code out} for reports, rejected rows and
 * segment exports, {@code done} for files imported. Names come from a validated tenant code and a UUID only.
 */
@ApplicationScoped
public class DropDirectory {

    @Inject
    @ConfigProperty(name = "tsunagu.dropbox.directory")
    Optional<String> root;

    public Optional<Path> root() {
        return root.filter(r -> !r.isBlank()).map(Path::of);
    }

    public Path folder(Path root, PrefectureCode tenant, UUID disasterId, String which) {
        return root.resolve(tenant.toString()).resolve(disasterId.toString()).resolve(which);
    }

    /** Writes a file into {@code out} whole: a partner never sees half of it. */
    public Path writeOut(Path root, PrefectureCode tenant, UUID disasterId, String fileName, byte[] content) {
        try {
            Path out = Files.createDirectories(folder(root, tenant, disasterId, "out"));
            Path partial = out.resolve("." + fileName + ".part");
            Files.write(partial, content);
            return Files.move(partial, out.resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("writing into the drop directory failed", e);
        }
    }
}
