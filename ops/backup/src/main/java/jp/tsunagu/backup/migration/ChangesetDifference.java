package jp.tsunagu.backup.migration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an archive's schema and this release disagree on. A restore loads rows into tables the release's migrations
 * make; with other changesets the columns, constraints or data migrations would differ, so any difference refuses.
 */
public record ChangesetDifference(List<ChangesetId> onlyInArchive, List<ChangesetId> onlyInRelease) {

    private static final int NAMED = 10;

    public ChangesetDifference {
        onlyInArchive = List.copyOf(onlyInArchive);
        onlyInRelease = List.copyOf(onlyInRelease);
    }

    public static ChangesetDifference between(List<ChangesetId> archive, List<ChangesetId> release) {
        Set<ChangesetId> inArchive = new LinkedHashSet<>(archive);
        Set<ChangesetId> inRelease = new LinkedHashSet<>(release);
        return new ChangesetDifference(archive.stream().filter(c -> !inRelease.contains(c)).toList(),
                release.stream().filter(c -> !inArchive.contains(c)).toList());
    }

    public boolean isEmpty() {
        return onlyInArchive.isEmpty() && onlyInRelease.isEmpty();
    }

    /** Names the changesets (ids are not personal data), the first ten of each side. */
    public String describe() {
        StringBuilder text = new StringBuilder("the archive's schema and this release's migrations differ:");
        if (!onlyInRelease.isEmpty()) {
            text.append(" this release has ").append(onlyInRelease.size()).append(" changeset(s) the archive's schema did not (")
                    .append(names(onlyInRelease)).append(");");
        }
        if (!onlyInArchive.isEmpty()) {
            text.append(" the archive's schema had ").append(onlyInArchive.size()).append(" changeset(s) this release does not (")
                    .append(names(onlyInArchive)).append(");");
        }
        return text.append(" restore with the release that took the backup, then upgrade").toString();
    }

    private static String names(List<ChangesetId> changesets) {
        String named = changesets.stream().limit(NAMED).map(ChangesetId::id).collect(Collectors.joining(", "));
        return changesets.size() > NAMED ? named + ", ..." : named;
    }
}
