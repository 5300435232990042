package jp.tsunagu.linkage.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.MunicipalityDirectory;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Synthetic records with their truth: {@code truePersonIds.get(i)} is the person of {@code records.get(i)}. Each
 * person gets one to four records (40/30/20/10 %) from different sources, shuffled.
 */
public record SyntheticDataset(List<PersonRecord> records, List<String> truePersonIds) {

    public SyntheticDataset {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(truePersonIds, "truePersonIds");
    }

    /** About {@code recordCount} records (exactly that many) for a disaster in {@code prefecture}, reproducible by seed. */
    public static SyntheticDataset generate(int recordCount, long seed, PrefectureCode prefecture) {
        Random random = new Random(seed);
        NameLists names = new NameLists(random);
        MunicipalityDirectory directory = MunicipalityDirectory.bundled();
        VariantSpellings variants = new VariantSpellings(KanjiVariants.bundled(), random);
        PopulationGenerator population = new PopulationGenerator(random, names, directory, prefecture);
        RecordWriter writer = new RecordWriter(random, names, directory, variants);
        List<SyntheticPerson> people = population.people(recordCount / 2 + 1000);
        List<Integer> order = new ArrayList<>();
        List<PersonRecord> records = new ArrayList<>(recordCount);
        List<String> truth = new ArrayList<>(recordCount);
        Source[] sources = Source.values();
        for (SyntheticPerson person : people) {
            if (records.size() >= recordCount) {
                break;
            }
            double r = random.nextDouble();
            int count = r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
            boolean oldForm = variants.hasOldForm(person.family().kanji()) && random.nextDouble() < 0.35;
            for (int k = 0; k < count && records.size() < recordCount; k++) {
                Source source = k == 0 && random.nextDouble() < 0.5 ? Source.REGISTER : sources[random.nextInt(sources.length)];
                records.add(writer.write("R" + (records.size() + 1), person, source, oldForm));
                truth.add(person.personId());
            }
        }
        for (int i = 0; i < records.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<PersonRecord> shuffledRecords = new ArrayList<>(records.size());
        List<String> shuffledTruth = new ArrayList<>(records.size());
        for (int i : order) {
            shuffledRecords.add(records.get(i));
            shuffledTruth.add(truth.get(i));
        }
        return new SyntheticDataset(List.copyOf(shuffledRecords), List.copyOf(shuffledTruth));
    }
}
