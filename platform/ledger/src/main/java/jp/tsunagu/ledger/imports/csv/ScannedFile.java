package jp.tsunagu.ledger.imports.csv;

import java.nio.file.Path;

/** An import file after its first pass: where it is, how big, its SHA-256 (hex) and its encoding. */
public record ScannedFile(Path path, long byteSize, String sha256, FileEncoding encoding) {
}
