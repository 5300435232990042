package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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

    /**
     * One known record: its keys and its person, replaced when the record is known again. Blocks hold the slot, not
     * the id, so a candidate needs no lookup; equality is identity (one slot per record id).
     */
    static final class Slot {

        private final String id;
        private NormalizedRecord record;
        private UUID person;

        private Slot(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        NormalizedRecord record() {
            return record;
        }

        UUID person() {
            return person;
        }
    }

    private final Linker linker;
    private final LinkerSettings settings;
    private final Map<String, Slot> byRecord = new HashMap<>();
    private final Map<UUID, List<Slot>> recordsOfPerson = new HashMap<>();
    private final Map<Long, NavigableMap<String, Slot>> blocks = new HashMap<>();
    private final Set<Long> changedBlocks = new HashSet<>();
    private final Set<UUID> changedPersons = new HashSet<>();
    private boolean marked;

    KnownRecords(Linker linker, LinkerSettings settings) {
        this.linker = linker;
        this.settings = settings;
    }

    void add(NormalizedRecord record, UUID person) {
        Slot slot = byRecord.get(record.id());
        if (slot == null) {
            slot = new Slot(record.id());
            byRecord.put(record.id(), slot);
        } else {
            recordsOfPerson.get(slot.person).remove(slot);
            changed(slot.record, slot.person);
        }
        slot.record = record;
        slot.person = person;
        recordsOfPerson.computeIfAbsent(person, p -> new ArrayList<>(1)).add(slot);
        String order = order(record);
        for (long key : BlockingKeys.of(record)) {
            blocks.computeIfAbsent(key, k -> new TreeMap<>()).put(order, slot);
        }
        changed(record, person);
    }

    /** Records sharing a block with {@code record}, in block order; from an oversized block only the nearest neighbours. */
    List<Slot> candidates(NormalizedRecord record) {
        Set<Slot> found = new LinkedHashSet<>();
        String order = order(record);
        for (long key : BlockingKeys.of(record)) {
            NavigableMap<String, Slot> block = blocks.get(key);
            if (block == null) {
                continue;
            }
            if (block.size() < settings.maxBlockSize()) {
                found.addAll(block.values());
            } else {
                addNearest(block.headMap(order, false).descendingMap().values(), found);
                addNearest(block.tailMap(order, true).values(), found);
            }
        }
        Slot self = byRecord.get(record.id());
        if (self != null) {
            found.remove(self);
        }
        return new ArrayList<>(found);
    }

    /** The first {@code window} records; by iterator, since a stream of a sub-map counts the whole sub-map first. */
    private void addNearest(Collection<Slot> slots, Set<Slot> found) {
        Iterator<Slot> next = slots.iterator();
        for (int taken = 0; taken < settings.window() && next.hasNext(); taken++) {
            found.add(next.next());
        }
    }

    /** Whether a known record of the person (other than this one) is a hard negative of it. */
    boolean hasHardNegative(NormalizedRecord record, UUID person) {
        for (Slot other : recordsOfPerson.getOrDefault(person, List.of())) {
            if (!other.id.equals(record.id()) && linker.compareNormalized(record, other.record).comparison().isHardNegative()) {
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
