package jp.tsunagu.linkage.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.linkage.match.Thresholds;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** The command-line options of {@link LinkCsv}. */
record LinkCsvOptions(Path input, Optional<Path> output, Optional<Charset> encoding, Optional<PrefectureCode> prefecture,
               Optional<Path> review, Optional<Thresholds> thresholds, boolean estimate) {

    static final String USAGE = "usage: LinkCsv in.csv [out.csv] [--encoding UTF-8|Windows-31J] [--prefecture NN] "
            + "[--review review.csv] [--upper bits --lower bits] [--estimate]";

    static LinkCsvOptions parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Optional<Charset> encoding = Optional.empty();
        Optional<PrefectureCode> prefecture = Optional.empty();
        Optional<Path> review = Optional.empty();
        Double upper = null;
        Double lower = null;
        boolean estimate = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--encoding" -> encoding = Optional.of(charset(value(args, ++i, "--encoding")));
                case "--prefecture" -> prefecture = Optional.of(PrefectureCode.of(value(args, ++i, "--prefecture")));
                case "--review" -> review = Optional.of(Path.of(value(args, ++i, "--review")));
                case "--upper" -> upper = number(value(args, ++i, "--upper"), "--upper");
                case "--lower" -> lower = number(value(args, ++i, "--lower"), "--lower");
                case "--estimate" -> estimate = true;
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.isEmpty() || positional.size() > 2) {
            throw new IllegalArgumentException("give the input file and optionally the output file");
        }
        Optional<Thresholds> thresholds = Optional.empty();
        if (upper != null || lower != null) {
            Thresholds d = Thresholds.DEFAULT;
            thresholds = Optional.of(new Thresholds(upper != null ? upper : d.upper(), lower != null ? lower : d.lower()));
        }
        return new LinkCsvOptions(Path.of(positional.get(0)), positional.size() == 2 ? Optional.of(Path.of(positional.get(1))) : Optional.empty(),
                encoding, prefecture, review, thresholds, estimate);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("sjis") || n.equals("shift_jis") || n.equals("shift-jis") || n.equals("cp932") || n.equals("ms932")) {
            return EncodingDetector.WINDOWS_31J;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding for --encoding");
        }
    }

    private static double number(String value, String option) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}
