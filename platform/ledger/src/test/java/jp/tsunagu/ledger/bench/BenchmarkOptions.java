package jp.tsunagu.ledger.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link LedgerBenchmark} runs: how many records build the existing ledger, how many are imported and linked
 * against it, the generator's seed, where files and the database go, and how many searches are timed.
 * {@code --quick} is 100,000 + 100,000. {@code --statements N} prints the N statements PostgreSQL spent most time on
 * in the measured phase.
 */
record BenchmarkOptions(int existing, int incoming, long seed, Path workDirectory, int searches, int statements) {

    static final String USAGE = "usage: LedgerBenchmark [--existing N] [--incoming N] [--quick] [--seed S] [--work DIR]"
            + " [--searches N] [--statements N]";

    BenchmarkOptions {
        if (existing < 1 || incoming < 1 || searches < 0 || statements < 0) {
            throw new IllegalArgumentException(USAGE);
        }
    }

    static BenchmarkOptions parse(String... args) {
        List<String> list = List.of(args);
        boolean quick = list.contains("--quick");
        int size = quick ? 100_000 : 1_000_000;
        return new BenchmarkOptions(intOption(list, "--existing", size), intOption(list, "--incoming", size),
                Long.parseLong(option(list, "--seed", "7")), Path.of(option(list, "--work", "target/ledger-benchmark")),
                intOption(list, "--searches", 1_000), intOption(list, "--statements", 0));
    }

    private static int intOption(List<String> args, String name, int fallback) {
        return Integer.parseInt(option(args, name, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(USAGE);
        }
        return args.get(at + 1);
    }
}
