package jp.tsunagu.backup.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies an archive with entries changed, added or left out, as damage or tampering would: a valid zip whose content
 * no longer matches the manifest.
 */
public final class ZipRewrite {

    private ZipRewrite() {
    }

    /**
     * @param changes entry name to its new text, or to {@code null} to leave it out; an unknown name is added
     */
    public static Path rewrite(Path from, Path to, Map<String, UnaryOperator<String>> changes) {
        try (ZipFile source = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream target = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                Optional<UnaryOperator<String>> change = Optional.ofNullable(changes.get(entry.getName()));
                if (changes.containsKey(entry.getName()) && change.isEmpty()) {
                    continue;
                }
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    target.putNextEntry(new ZipEntry(entry.getName()));
                    target.write(change.isPresent()
                            ? change.get().apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                            : content);
                    target.closeEntry();
                }
            }
            for (Map.Entry<String, UnaryOperator<String>> added : changes.entrySet()) {
                if (source.getEntry(added.getKey()) == null && added.getValue() != null) {
                    target.putNextEntry(new ZipEntry(added.getKey()));
                    target.write(added.getValue().apply("").getBytes(StandardCharsets.UTF_8));
                    target.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
