package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which records of a person stop another record from joining it. */
class ComparisonVectorTest {

    private static ComparisonVector levels(Agreement name, Agreement birthDate, Agreement address) {
        return new ComparisonVector(new Agreement[] {name, birthDate, Agreement.EXACT, address, Agreement.MISSING});
    }

    @Test
    void anotherSpellingOfThePersonsNameDoesNotStopARecordJoiningOnAnAgreeingName() {
        // 有砂 joins on 有砂 (EXACT); the person's call-centre record says 初彩 with the same date and home.
        ComparisonVector withTheOtherSpelling = levels(Agreement.DISAGREE, Agreement.EXACT, Agreement.EXACT);
        assertTrue(withTheOtherSpelling.isHardNegative());
        assertFalse(withTheOtherSpelling.forbidsJoining(Agreement.EXACT));
        assertFalse(withTheOtherSpelling.forbidsJoining(Agreement.VARIANT));
    }

    @Test
    void aRecordJoiningOnAMereSoundAlikeIsStoppedByADisagreeingName() {
        // Twins 陽太/陽大 sound alike (CLOSE): a record that fits one of them only that well must not join.
        assertTrue(levels(Agreement.DISAGREE, Agreement.EXACT, Agreement.EXACT).forbidsJoining(Agreement.CLOSE));
    }

    @Test
    void anotherBirthDateOrHomeAlwaysStopsTheJoin() {
        assertTrue(levels(Agreement.DISAGREE, Agreement.DISAGREE, Agreement.EXACT).forbidsJoining(Agreement.EXACT));
        assertTrue(levels(Agreement.EXACT, Agreement.DISAGREE, Agreement.MISSING).forbidsJoining(Agreement.EXACT));
        assertTrue(levels(Agreement.DISAGREE, Agreement.EXACT, Agreement.DISAGREE).forbidsJoining(Agreement.EXACT));
        assertTrue(levels(Agreement.EXACT, Agreement.EXACT, Agreement.DISAGREE).forbidsJoining(Agreement.EXACT));
        assertFalse(levels(Agreement.EXACT, Agreement.CLOSE, Agreement.CLOSE).forbidsJoining(Agreement.CLOSE));
    }
}
