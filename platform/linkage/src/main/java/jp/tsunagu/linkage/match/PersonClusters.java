package jp.tsunagu.linkage.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Groups records into persons from LINKED pairs, strongest first. Linking is transitive only with care: before two
 * groups merge, their members are compared across (up to {@link #CROSS_CHECKS} per side) and the merge is refused
 * if any two of them are a hard negative (names, birth dates or home municipalities disagree). So a record that looks like both twins
 * cannot chain them into one person; the refused link goes to review instead. REVIEW pairs never merge anything.
 */
final class PersonClusters {

    static final int CROSS_CHECKS = 6;

    private final int[] parent;
    private final List<List<Integer>> members;

    PersonClusters(int size) {
        parent = new int[size];
        members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            members.add(null);
        }
    }

    /**
     * Merges along the linked pairs; returns the pairs whose merge was refused.
     *
     * @param forbids tells whether two records, one of each group, forbid merging the groups along the given pair
     */
    List<ScoredPair> merge(List<ScoredPair> linked, Forbids forbids) {
        List<ScoredPair> refused = new ArrayList<>();
        List<ScoredPair> ordered = new ArrayList<>(linked);
        ordered.sort(Comparator.comparingDouble(ScoredPair::score).reversed()
                .thenComparingInt(ScoredPair::first).thenComparingInt(ScoredPair::second));
        for (ScoredPair pair : ordered) {
            int a = find(pair.first());
            int b = find(pair.second());
            if (a == b) {
                continue;
            }
            if (conflict(membersOf(a), membersOf(b), (x, y) -> forbids.test(pair, x, y))) {
                refused.add(new ScoredPair(pair.first(), pair.second(), pair.score(), Decision.REVIEW));
                continue;
            }
            union(a, b);
        }
        return refused;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<Integer> membersOf(int root) {
        List<Integer> list = members.get(root);
        return list == null ? List.of(root) : list;
    }

    /** Whether records {@code x} and {@code y} forbid merging their groups along {@code pair}. */
    interface Forbids {
        boolean test(ScoredPair pair, int x, int y);
    }

    private static boolean conflict(List<Integer> left, List<Integer> right, BiPredicate<Integer, Integer> hardNegative) {
        for (int i = 0; i < Math.min(left.size(), CROSS_CHECKS); i++) {
            for (int j = 0; j < Math.min(right.size(), CROSS_CHECKS); j++) {
                if (hardNegative.test(left.get(i), right.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void union(int a, int b) {
        List<Integer> big = new ArrayList<>(membersOf(a));
        List<Integer> small = membersOf(b);
        int root = a;
        int child = b;
        if (big.size() < small.size()) {
            List<Integer> swap = big;
            big = new ArrayList<>(small);
            small = swap;
            root = b;
            child = a;
        }
        big.addAll(small);
        parent[child] = root;
        members.set(root, big);
        members.set(child, null);
    }
}
