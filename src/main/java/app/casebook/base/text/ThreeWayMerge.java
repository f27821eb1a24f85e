package app.casebook.base.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges two texts that were both changed from one base, word by word. Changes to different places merge;
 * changes that touch the same place (or touch each other) are a conflict, and then nothing is merged.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    private record Change(int start, int end, List<String> replacement) {
    }

    /** The merged text, or empty when the two sets of changes overlap. */
    public static Optional<String> merge(String base, String theirs, String mine) {
        if (theirs.equals(mine)) {
            return Optional.of(mine);
        }
        if (base.equals(theirs)) {
            return Optional.of(mine);
        }
        if (base.equals(mine)) {
            return Optional.of(theirs);
        }
        List<String> b = Words.tokens(base);
        List<Change> ours = changes(b, Words.tokens(mine));
        List<Change> others = changes(b, Words.tokens(theirs));
        List<Change> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ours.size() || j < others.size()) {
            Change next;
            if (j >= others.size() || (i < ours.size() && ours.get(i).start() <= others.get(j).start())) {
                next = ours.get(i++);
            } else {
                next = others.get(j++);
            }
            if (!all.isEmpty()) {
                Change prev = all.getLast();
                boolean touches = next.start() < prev.end() || next.start() == prev.start()
                        || next.start() == prev.end();
                if (touches) {
                    if (prev.equals(next)) {
                        continue; // both made the very same change
                    }
                    return Optional.empty();
                }
            }
            all.add(next);
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Change c : all) {
            b.subList(pos, c.start()).forEach(out::append);
            c.replacement().forEach(out::append);
            pos = c.end();
        }
        b.subList(pos, b.size()).forEach(out::append);
        return Optional.of(out.toString());
    }

    private static List<Change> changes(List<String> base, List<String> changed) {
        List<Change> result = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(base, changed).getDeltas()) {
            int start = d.getSource().getPosition();
            result.add(new Change(start, start + d.getSource().size(), List.copyOf(d.getTarget().getLines())));
        }
        return result;
    }
}
