package jp.tsunagu.linkage.match;

/** Detects a one-character transcription slip: one character changed, added, dropped, or two neighbours swapped. */
final class Slips {

    private Slips() {
    }

    static boolean isOneSlip(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1 || (x.length < 2 && y.length < 2)) {
            return false;
        }
        int start = 0;
        while (start < x.length && start < y.length && x[start] == y[start]) {
            start++;
        }
        int endX = x.length - 1;
        int endY = y.length - 1;
        while (endX >= start && endY >= start && x[endX] == y[endY]) {
            endX--;
            endY--;
        }
        int restX = endX - start + 1;
        int restY = endY - start + 1;
        if (restX <= 1 && restY <= 1) {
            return restX + restY > 0;
        }
        // adjacent transposition: ab / ba
        return restX == 2 && restY == 2 && x[start] == y[start + 1] && x[start + 1] == y[start];
    }
}
