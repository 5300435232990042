package jp.tsunagu.backup.migration;

import java.util.Objects;

/** A Liquibase changeset as Liquibase identifies it: the changelog file it came from, its id and its author. */
public record ChangesetId(String changelog, String id, String author) {

    public ChangesetId {
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
    }

    @Override
    public String toString() {
        return changelog + "::" + id + "::" + author;
    }
}
