package jp.tsunagu.operator.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FeeFormulaTest {

    static final Map<String, Long> NOTO_MONTH = Map.of("activeDays", 31L, "disasterInstances", 1L, "accounts", 40L,
            "persons", 17_000L);

    @Test
    void aBaseAmountPlusAnAmountPerPerson() {
        assertEquals(1_200_000 + 12 * 17_000, FeeFormula.parse("1200000 + 12 * persons").evaluate(NOTO_MONTH));
    }

    @Test
    void precedenceParenthesesAndUnaryMinus() {
        assertEquals(14, FeeFormula.parse("2 + 3 * 4").evaluate(NOTO_MONTH));
        assertEquals(20, FeeFormula.parse("(2 + 3) * 4").evaluate(NOTO_MONTH));
        assertEquals(-1, FeeFormula.parse("-(4 - 3)").evaluate(NOTO_MONTH));
    }

    @Test
    void functionsChargeABaseOnlyInMonthsOfUseAndRoundPeriodsUp() {
        FeeFormula formula = FeeFormula.parse("min(activeDays, 1) * 500000 + ceil(activeDays / 30) * 100000");
        assertEquals(500_000 + 2 * 100_000, formula.evaluate(NOTO_MONTH));
        assertEquals(0, formula.evaluate(Map.of("activeDays", 0L, "disasterInstances", 0L, "accounts", 0L, "persons", 0L)));
        assertEquals(3, FeeFormula.parse("floor(7 / 2)").evaluate(NOTO_MONTH));
        assertEquals(40, FeeFormula.parse("max(accounts, disasterInstances, 3)").evaluate(NOTO_MONTH));
    }

    @Test
    void decimalAmountsAreExactAndTheFeeIsRoundedHalfUpToAYen() {
        assertEquals(3, FeeFormula.parse("0.1 * 25").evaluate(NOTO_MONTH), "2.5 rounds half up");
        assertEquals(1_000_000, FeeFormula.parse("1_000_000").evaluate(NOTO_MONTH));
        assertEquals(5_667, FeeFormula.parse("persons / 3").evaluate(NOTO_MONTH));
    }

    @Test
    void mistakesAreReportedWithTheirPosition() {
        var unknown = assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("100 + residents"));
        assertTrue(unknown.getMessage().contains("position 7"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("residents"), unknown.getMessage());
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("(1 + 2"));
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("1 +"));
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("1 2"));
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("sqrt(4)"));
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("ceil(1, 2)"));
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> FeeFormula.parse("1.2.3"));
    }

    @Test
    void divisionByZeroIsAClearErrorNotAnInfiniteFee() {
        FeeFormula formula = FeeFormula.parse("persons / (activeDays - 31)");
        assertThrows(FeeFormula.InvalidFeeFormulaException.class, () -> formula.evaluate(NOTO_MONTH));
    }
}
