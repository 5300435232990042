package jp.tsunagu.operator.usage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fee formula from configuration, e.g. {@code 1200000 + 12 * persons} (a base amount plus an amount per person,
 * the shape of the J-LIS cloud victim-support service's charge) or
 * {@code min(activeDays, 1) * 500000 + ceil(activeDays / 30) * 100000 + 5 * persons}. Arithmetic is decimal (no
 * binary rounding of yen); the fee is rounded half up to a whole yen at the end.
 * <p>
 * Grammar: numbers, the variables {@link #VARIABLES}, {@code + - * /}, parentheses, unary minus and the functions
 * {@code min(a, b, ...)}, {@code max(a, b, ...)}, {@code ceil(x)}, {@code floor(x)}. The formula is parsed when
 * read, so a mistake is reported at start-up with its position, not when the first report is asked for.
 */
public final class FeeFormula {

    public static final Set<String> VARIABLES = Set.of("activeDays", "disasterInstances", "accounts", "persons");
    private static final MathContext DECIMAL = MathContext.DECIMAL64;

    private final String text;
    private final Expression expression;

    private FeeFormula(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    public static FeeFormula parse(String text) {
        Parser parser = new Parser(text);
        Expression expression = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return new FeeFormula(text, expression);
    }

    public String text() {
        return text;
    }

    /** The fee in yen for these usage figures (every variable must be given). */
    public long evaluate(Map<String, Long> figures) {
        BigDecimal fee = expression.value(figures).setScale(0, RoundingMode.HALF_UP);
        return fee.longValueExact();
    }

    private interface Expression {
        BigDecimal value(Map<String, Long> figures);
    }

    /** Recursive descent over the grammar above; positions in errors count from 1. */
    private static final class Parser {

        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Expression expression() {
            Expression left = term();
            while (true) {
                skipSpaces();
                if (accept('+')) {
                    Expression a = left;
                    Expression b = term();
                    left = figures -> a.value(figures).add(b.value(figures), DECIMAL);
                } else if (accept('-')) {
                    Expression a = left;
                    Expression b = term();
                    left = figures -> a.value(figures).subtract(b.value(figures), DECIMAL);
                } else {
                    return left;
                }
            }
        }

        private Expression term() {
            Expression left = factor();
            while (true) {
                skipSpaces();
                if (accept('*')) {
                    Expression a = left;
                    Expression b = factor();
                    left = figures -> a.value(figures).multiply(b.value(figures), DECIMAL);
                } else if (accept('/')) {
                    Expression a = left;
                    Expression b = factor();
                    int at = position;
                    left = figures -> {
                        BigDecimal divisor = b.value(figures);
                        if (divisor.signum() == 0) {
                            throw new InvalidFeeFormulaException("division by zero in the fee formula before position " + at);
                        }
                        return a.value(figures).divide(divisor, DECIMAL);
                    };
                } else {
                    return left;
                }
            }
        }

        private Expression factor() {
            skipSpaces();
            if (atEnd()) {
                throw error("the formula ends where a number, a variable or '(' was expected");
            }
            char next = peek();
            if (accept('-')) {
                Expression operand = factor();
                return figures -> operand.value(figures).negate();
            }
            if (accept('(')) {
                Expression inner = expression();
                expect(')');
                return inner;
            }
            if (Character.isDigit(next)) {
                return number();
            }
            if (Character.isLetter(next)) {
                return nameOrCall();
            }
            throw error("unexpected '" + next + "'");
        }

        private Expression number() {
            int start = position;
            while (!atEnd() && (Character.isDigit(peek()) || peek() == '.' || peek() == '_')) {
                position++;
            }
            try {
                BigDecimal value = new BigDecimal(text.substring(start, position).replace("_", ""));
                return figures -> value;
            } catch (NumberFormatException e) {
                throw error("not a number");
            }
        }

        private Expression nameOrCall() {
            int start = position;
            while (!atEnd() && Character.isLetterOrDigit(peek())) {
                position++;
            }
            String name = text.substring(start, position);
            skipSpaces();
            if (accept('(')) {
                return call(name, start);
            }
            if (!VARIABLES.contains(name)) {
                position = start;
                throw error("unknown variable '" + name + "' (known: " + String.join(", ", VARIABLES.stream().sorted().toList()) + ")");
            }
            return figures -> {
                Long value = figures.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("no figure for " + name);
                }
                return BigDecimal.valueOf(value);
            };
        }

        private Expression call(String name, int start) {
            List<Expression> arguments = new ArrayList<>();
            arguments.add(expression());
            while (accept(',')) {
                arguments.add(expression());
            }
            expect(')');
            return switch (name) {
                case "min" -> figures -> arguments.stream().map(a -> a.value(figures)).reduce(BigDecimal::min).orElseThrow();
                case "max" -> figures -> arguments.stream().map(a -> a.value(figures)).reduce(BigDecimal::max).orElseThrow();
                case "ceil" -> single(name, start, arguments, RoundingMode.CEILING);
                case "floor" -> single(name, start, arguments, RoundingMode.FLOOR);
                default -> {
                    position = start;
                    throw error("unknown function '" + name + "' (known: min, max, ceil, floor)");
                }
            };
        }

        private Expression single(String name, int start, List<Expression> arguments, RoundingMode mode) {
            if (arguments.size() != 1) {
                position = start;
                throw error(name + " takes one argument");
            }
            Expression argument = arguments.get(0);
            return figures -> argument.value(figures).setScale(0, mode);
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                position++;
            }
        }

        boolean atEnd() {
            return position >= text.length();
        }

        char peek() {
            return text.charAt(position);
        }

        private boolean accept(char expected) {
            skipSpaces();
            if (!atEnd() && peek() == expected) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(char expected) {
            if (!accept(expected)) {
                throw error("'" + expected + "' expected");
            }
        }

        InvalidFeeFormulaException error(String what) {
            return new InvalidFeeFormulaException("fee formula, position " + (position + 1) + ": " + what);
        }
    }

    /** The configured formula cannot be read or computed; the message says where. */
    public static class InvalidFeeFormulaException extends RuntimeException {

        public InvalidFeeFormulaException(String message) {
            super(message);
        }
    }
}
