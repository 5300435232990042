package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.tsunagu.linkage.match.BlockingKeys;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.NormalizedRecord;

/**
 * The records a {@link LinkageMatcher} session knows, indexed by the linker's blocking keys, with the person of each.
 * Knowing a record again replaces it. Reads may run on several threads at once as long as nobody adds meanwhile.
 * <p>
 * After {@link #mark()} it remembers which blocks and persons later additions changed, so that a decision made
 * before them can be checked: a decision depends only on the blocks of the record's keys (its candidates) and on the
 * records of the person it names (the hard-negative guard).
 */
final class KnownRecords {

    private record Known(NormalizedRecord record, UUID person) {
    }

    private final Linker linker;
    private final LinkerSettings settings;
    private final Map<String, Known> byRecord = new HashMap<>();
    private final Map<UUID, List<String>> recordsOfPerson = new HashMap<>();
    private final Map<Long, NavigableMap<String, String>> blocks = new HashMap<>();
    private final Set<Long> changedBlocks = new HashSet<>();
    private final Set<UUID> changedPersons = new HashSet<>();
    private boolean marked;

    KnownRecords(Linker linker, LinkerSettings settings) {
        this.linker = linker;
        this.settings = settings;
    }

    void add(NormalizedRecord record, UUID person) {
        Known previous = byRecord.put(record.id(), new Known(record, person));
        if (previous != null) {
            recordsOfPerson.get(previous.person()).remove(record.id());
            changed(previous.record(), previous.person());
        }
        recordsOfPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(record.id());
        String order = order(record);
        for (long key : BlockingKeys.of(record)) {
            blocks.computeIfAbsent(key, k -> new TreeMap<>()).put(order, record.id());
        }
        changed(record, person);
    }

    NormalizedRecord record(String id) {
        return byRecord.get(id).record();
    }

    UUID personOf(String id) {
        return byRecord.get(id).person();
    }

    /** Record ids sharing a block with {@code record}; from an oversized block only the nearest neighbours. */
    List<String> candidates(NormalizedRecord record) {
        Set<String> found = new LinkedHashSet<>();
        String order = order(record);
        for (long key : BlockingKeys.of(record)) {
            NavigableMap<String, String> block = blocks.get(key);
            if (block == null) {
                continue;
            }
            if (block.size() < settings.maxBlockSize()) {
                found.addAll(block.values());
            } else {
                block.headMap(order, false).descendingMap().values().stream().limit(settings.window()).forEach(found::add);
                block.tailMap(order, true).values().stream().limit(settings.window()).forEach(found::add);
            }
        }
        found.remove(record.id());
        return new ArrayList<>(found);
    }

    /** Whether a known record of the person (other than this one) is a hard negative of it. */
    boolean hasHardNegative(NormalizedRecord record, UUID person) {
        for (String other : recordsOfPerson.getOrDefault(person, List.of())) {
            if (!other.equals(record.id()) && linker.compareNormalized(record, record(other)).comparison().isHardNegative()) {
                return true;
            }
        }
        return false;
    }

    /** From now on, remember what additions change (and forget what they changed before). */
    void mark() {
        marked = true;
        changedBlocks.clear();
        changedPersons.clear();
    }

    /** Whether a decision about {@code record} naming {@code person}, made at the last mark, would still be made now. */
    boolean unchangedSinceMark(NormalizedRecord record, Optional<UUID> person) {
        if (person.isPresent() && changedPersons.contains(person.get())) {
            return false;
        }
        for (long key : BlockingKeys.of(record)) {
            if (changedBlocks.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private void changed(NormalizedRecord record, UUID person) {
        if (marked) {
            changedPersons.add(person);
            for (long key : BlockingKeys.of(record)) {
                changedBlocks.add(key);
            }
        }
    }

    /** The batch linker's order inside an oversized block: reading, then birth date; the id keeps entries apart. */
    private static String order(NormalizedRecord record) {
        return record.name().phonetic() + '\u0000' + record.birthDate().map(LocalDate::toString).orElse("") + '\u0000'
                + record.id();
    }
}
