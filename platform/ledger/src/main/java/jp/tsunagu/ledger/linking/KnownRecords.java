package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.linkage.match.Agreement;
import jp.tsunagu.linkage.match.BlockingKeys;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.NormalizedRecord;

/**
 * The records a {@link LinkageMatcher} session knows, indexed by the linker's blocking keys, with the person of each.
 * Knowing a record again replaces it. Reads may run on several threads at once as long as nobody adds meanwhile.
 * <p>
 * Millions of records are held in flat arrays: a record is a slot number, a block is a sorted {@code int} list of
 * entries, blocks are found through a primitive map. Nothing per record but its keys is an object, which keeps the
 * garbage collector's work small while the index grows. Each block is kept in the batch linker's order (reading, then
 * birth date, then id), entry by entry, like a sorted map from that order to the record: an entry is made when a
 * record is known with keys not seen for it before, and stays where it was put.
 * <p>
 * After {@link #mark()} it remembers which blocks and persons later additions changed, so that a decision made
 * before them can be checked: a decision depends only on the blocks of the record's keys (its candidates) and on the
 * records of the person it names (the hard-negative guard).
 */
final class KnownRecords {

    private final Linker linker;
    private final LinkerSettings settings;

    // Slots: one per record id, its current keys and person.
    private NormalizedRecord[] current = new NormalizedRecord[1024];
    private UUID[] personOf = new UUID[1024];
    private int slots;
    private final Map<String, Integer> slotOfRecord = new HashMap<>();
    private final Map<UUID, IntList> slotsOfPerson = new HashMap<>();

    // Entries: what blocks hold; the keys a record had when it was put there (its place) and its slot.
    private NormalizedRecord[] placedAs = new NormalizedRecord[1024];
    private long[] placedPrefix = new long[1024];
    private int[] slotOfEntry = new int[1024];
    private int entries;

    // Starts small and grows: a session is opened for every group of self-reports (a few dozen records), where a map
    // sized for an import (1.5 MB, filled) was most of what a group allocated.
    private final LongIntMap blockOfKey = new LongIntMap(1 << 10);
    private IntList[] blocks = new IntList[1024];
    private int blockCount;

    private final Set<Long> changedBlocks = new HashSet<>();
    private final Set<UUID> changedPersons = new HashSet<>();
    private boolean marked;
    private final ThreadLocal<SeenSlots> seen = ThreadLocal.withInitial(SeenSlots::new);

    KnownRecords(Linker linker, LinkerSettings settings) {
        this.linker = linker;
        this.settings = settings;
    }

    void add(NormalizedRecord record, UUID person) {
        Integer known = slotOfRecord.get(record.id());
        int slot;
        if (known == null) {
            slot = newSlot(record.id());
        } else {
            slot = known;
            slotsOfPerson.get(personOf[slot]).removeValue(slot);
            changed(current[slot], personOf[slot]);
        }
        current[slot] = record;
        personOf[slot] = person;
        slotsOfPerson.computeIfAbsent(person, p -> new IntList(1)).add(slot);
        int entry = -1;
        long prefix = prefix(record);
        for (long key : BlockingKeys.of(record)) {
            IntList block = block(key);
            int at = position(block, record, prefix);
            if (at < block.size() && compare(placedAs[block.get(at)], record) == 0) {
                continue; // this record with these keys is there already: a sorted map would only replace the value
            }
            if (entry < 0) {
                entry = newEntry(record, prefix, slot);
            }
            block.insert(at, entry);
        }
        changed(record, person);
    }

    /** How many records are known. */
    int size() {
        return slots;
    }

    NormalizedRecord record(int slot) {
        return current[slot];
    }

    UUID person(int slot) {
        return personOf[slot];
    }

    /**
     * Slots of the records sharing a block with {@code record}, in block order, each once, the record itself left
     * out; from an oversized block only the {@code window} nearest entries on each side of where it would stand.
     */
    int[] candidates(NormalizedRecord record) {
        SeenSlots found = seen.get();
        found.start(slots);
        IntList out = new IntList(32);
        long prefix = prefix(record);
        for (long key : BlockingKeys.of(record)) {
            int index = blockOfKey.get(key);
            if (index < 0) {
                continue;
            }
            IntList block = blocks[index];
            if (block.size() < settings.maxBlockSize()) {
                for (int i = 0; i < block.size(); i++) {
                    found.addOnce(slotOfEntry[block.get(i)], out);
                }
            } else {
                int at = position(block, record, prefix);
                for (int i = at - 1; i >= 0 && i >= at - settings.window(); i--) {
                    found.addOnce(slotOfEntry[block.get(i)], out);
                }
                for (int i = at; i < block.size() && i < at + settings.window(); i++) {
                    found.addOnce(slotOfEntry[block.get(i)], out);
                }
            }
        }
        Integer self = slotOfRecord.get(record.id());
        if (self != null) {
            out.removeValue(self);
        }
        return out.toArray();
    }

    /**
     * Whether a known record of the person (other than this one) forbids the record joining it on a name that agrees
     * as {@code joiningName} ({@link jp.tsunagu.linkage.match.ComparisonVector#forbidsJoining}).
     */
    boolean forbidsJoining(NormalizedRecord record, UUID person, Agreement joiningName) {
        IntList ofPerson = slotsOfPerson.get(person);
        for (int i = 0; ofPerson != null && i < ofPerson.size(); i++) {
            NormalizedRecord other = current[ofPerson.get(i)];
            if (!other.id().equals(record.id())
                    && linker.compareNormalized(record, other).comparison().forbidsJoining(joiningName)) {
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

    private int newSlot(String id) {
        if (slots == current.length) {
            current = Arrays.copyOf(current, slots * 2);
            personOf = Arrays.copyOf(personOf, slots * 2);
        }
        slotOfRecord.put(id, slots);
        return slots++;
    }

    private int newEntry(NormalizedRecord record, long prefix, int slot) {
        if (entries == placedAs.length) {
            placedAs = Arrays.copyOf(placedAs, entries * 2);
            placedPrefix = Arrays.copyOf(placedPrefix, entries * 2);
            slotOfEntry = Arrays.copyOf(slotOfEntry, entries * 2);
        }
        placedAs[entries] = record;
        placedPrefix[entries] = prefix;
        slotOfEntry[entries] = slot;
        return entries++;
    }

    private IntList block(long key) {
        int index = blockOfKey.get(key);
        if (index >= 0) {
            return blocks[index];
        }
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockCount * 2);
        }
        blocks[blockCount] = new IntList(1);
        blockOfKey.put(key, blockCount);
        return blocks[blockCount++];
    }

    /**
     * The first entry of the block that does not come before {@code record} (binary search). Entries are told apart
     * by their {@link #prefix} first, from a flat array, and only on equal prefixes by their keys.
     */
    private int position(IntList block, NormalizedRecord record, long prefix) {
        int low = 0;
        int high = block.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int entry = block.get(middle);
            int order = Long.compareUnsigned(placedPrefix[entry], prefix);
            if ((order != 0 ? order : compare(placedAs[entry], record)) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The batch linker's order inside a block: reading, then birth date, then id, compared field by field. The same
     * order as comparing the text "reading NUL birth date NUL id": no field holds a NUL, so a field that is a prefix
     * of the other sorts first either way, and ISO dates of four-digit years sort as dates; no birth date sorts first.
     */
    static int compare(NormalizedRecord a, NormalizedRecord b) {
        int byReading = a.name().phonetic().compareTo(b.name().phonetic());
        if (byReading != 0) {
            return byReading;
        }
        Optional<LocalDate> birthA = a.birthDate();
        Optional<LocalDate> birthB = b.birthDate();
        if (birthA.isPresent() != birthB.isPresent()) {
            return birthA.isPresent() ? 1 : -1;
        }
        int byBirth = birthA.isPresent() ? birthA.get().compareTo(birthB.get()) : 0;
        return byBirth != 0 ? byBirth : a.id().compareTo(b.id());
    }

    /**
     * The first four characters of the reading, one per 16 bits, the first highest, padded with zeros: compared as
     * unsigned numbers they order two readings as {@link String#compareTo} does, unless both share those four (then
     * the prefixes are equal and the keys decide).
     */
    static long prefix(NormalizedRecord record) {
        String reading = record.name().phonetic();
        long prefix = 0;
        for (int i = 0; i < 4; i++) {
            prefix = (prefix << 16) | (i < reading.length() ? reading.charAt(i) : 0);
        }
        return prefix;
    }

    /** Which slots a candidate search has met already: a stamp per slot, so nothing is cleared between searches. */
    private static final class SeenSlots {

        private int[] stamps = new int[0];
        private int stamp;

        void start(int slots) {
            if (stamps.length < slots) {
                stamps = new int[Math.max(slots, stamps.length * 2)];
                stamp = 0;
            }
            stamp++;
        }

        void addOnce(int slot, IntList out) {
            if (stamps[slot] != stamp) {
                stamps[slot] = stamp;
                out.add(slot);
            }
        }
    }
}
