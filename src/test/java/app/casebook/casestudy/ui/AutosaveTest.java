package app.casebook.casestudy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.ui.Autosave.Failure;
import app.casebook.casestudy.ui.Autosave.Save;
import app.casebook.casestudy.ui.Autosave.State;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The autosave rules, race by race (issue 9, "Typed text lost in co-editing"). Each row starts from a field showing
 * the server's text {@link #BASE} at version 5, plays what the person, the server and the others do, and states
 * what the field shows, whether its text counts as unsaved and what its status says.
 */
class AutosaveTest {

    static final String BASE = "Alpha one. Bravo line two. Charlie three.";
    static final String THEIRS = "Alpha one. Bravo line TWO-A. Charlie three.";
    static final String MINE = "Alpha one. Bravo line TWO-B. Charlie three.";

    record Race(String name, Consumer<Autosave> play, String shows, boolean unsaved, State state) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Race> races() {
        return Stream.of(
                new Race("a save that went through is saved, and nothing is left to warn about", a -> {
                    a.typed(MINE);
                    Save s = a.nextSave().orElseThrow();
                    assertThat(s).isEqualTo(new Save(5, BASE, MINE));
                    a.saved(s, new SaveResult.Saved(6, MINE));
                    assertThat(a.nextSave()).isEmpty();
                }, MINE, false, State.SAVED),

                new Race("dismissing a conflict resolves nothing: later saves keep the old base and meet it again", a -> {
                    a.typed(MINE);
                    Save s = a.nextSave().orElseThrow();
                    a.saved(s, new SaveResult.Conflict(6, THEIRS, MINE, 7));
                    a.conflictDismissed();
                    a.typed(MINE + " More.");
                    Save later = a.nextSave().orElseThrow();
                    assertThat(later.baseVersion()).as("still written on the text the person started from").isEqualTo(5);
                    assertThat(later.baseText()).isEqualTo(BASE);
                    a.saved(later, new SaveResult.Conflict(6, THEIRS, MINE + " More.", 8));
                    assertThat(a.conflict().orElseThrow().theirText()).isEqualTo(THEIRS);
                }, MINE + " More.", true, State.CONFLICT),

                new Race("the person's choice after a conflict is saved on top of the other person's text", a -> {
                    a.typed(MINE);
                    a.saved(a.nextSave().orElseThrow(), new SaveResult.Conflict(6, THEIRS, MINE, 7));
                    String chosen = "Alpha one. Bravo line TWO-A and TWO-B. Charlie three.";
                    Save resolution = a.resolve(chosen).orElseThrow();
                    assertThat(resolution).isEqualTo(new Save(6, THEIRS, chosen));
                    a.saved(resolution, new SaveResult.Saved(9, chosen));
                    assertThat(a.conflict()).isEmpty();
                }, "Alpha one. Bravo line TWO-A and TWO-B. Charlie three.", false, State.SAVED),

                new Race("a remote change while typing waits, and the next save merges it", a -> {
                    a.typingStarted();
                    assertThat(a.remote(6, THEIRS)).isEmpty();
                    a.typed(BASE + " More.");
                    Save s = a.nextSave().orElseThrow();
                    assertThat(s.baseVersion()).isEqualTo(5);
                    assertThat(a.saved(s, new SaveResult.Merged(7, THEIRS + " More."))).contains(THEIRS + " More.");
                    assertThat(a.hasPendingRemote()).as("the merge already holds the remote change").isFalse();
                }, THEIRS + " More.", false, State.MERGED),

                new Race("a remote change while the cursor only rests in the field is shown at once", a -> {
                    assertThat(a.remote(6, THEIRS)).contains(THEIRS);
                    assertThat(a.baseVersion()).isEqualTo(6);
                }, THEIRS, false, State.SAVED),

                new Race("a remote change waiting for a typist is shown when they stop without typing more", a -> {
                    a.typingStarted();
                    a.remote(6, THEIRS);
                    assertThat(a.typingStopped()).contains(THEIRS);
                }, THEIRS, false, State.SAVED),

                new Race("an older remote text never replaces a newer one", a -> {
                    a.remote(7, THEIRS);
                    assertThat(a.remote(6, BASE)).isEmpty();
                }, THEIRS, false, State.SAVED),

                new Race("a failed save is kept, never called saved, and retried until it is saved", a -> {
                    a.typed(MINE);
                    Save s = a.nextSave().orElseThrow();
                    a.failed(Failure.PASSING, "retrying");
                    assertThat(a.retryDue()).isTrue();
                    assertThat(a.remote(6, THEIRS)).as("unsaved text is not replaced").isEmpty();
                    Save again = a.nextSave().orElseThrow();
                    assertThat(again).isEqualTo(s);
                    a.saved(again, new SaveResult.Merged(7, THEIRS.replace("Alpha", "Alpha")));
                    assertThat(a.retryDue()).isFalse();
                }, THEIRS, false, State.MERGED),

                new Race("a refused save keeps the text and says so", a -> {
                    a.typed(MINE);
                    a.nextSave();
                    a.failed(Failure.REFUSED, "Too long.");
                    assertThat(a.retryDue()).isFalse();
                    assertThat(a.reason()).isEqualTo("Too long.");
                }, MINE, true, State.REFUSED),

                new Race("an ended session keeps the text, sends nothing more and never says saved", a -> {
                    a.typed(MINE);
                    a.nextSave();
                    a.failed(Failure.LOGGED_OUT, "you are logged out");
                    a.typed(MINE + " More.");
                    assertThat(a.nextSave()).isEmpty();
                    assertThat(a.remote(6, THEIRS)).isEmpty();
                }, MINE + " More.", true, State.LOGGED_OUT),

                new Race("leaving while typing counts as unsaved text until the value arrives and is saved", a -> {
                    a.typingStarted();
                    assertThat(a.isTyping()).isTrue();
                    a.typed(MINE);
                    assertThat(a.hasUnsavedText()).isTrue();
                    a.saved(a.nextSave().orElseThrow(), new SaveResult.Saved(6, MINE));
                }, MINE, false, State.SAVED),

                new Race("text typed in a section someone removed is kept and offered", a -> {
                    a.typingStarted();
                    a.typed(MINE);
                    a.removed();
                    assertThat(a.nextSave()).isEmpty();
                }, MINE, true, State.REMOVED),

                new Race("a section removed while nobody types in it is simply gone", Autosave::removed, BASE, false,
                        State.SAVED),

                new Race("a removed section brought back saves the kept text on top of it", a -> {
                    a.typed(MINE);
                    a.removed();
                    a.restored(9, BASE);
                    Save s = a.nextSave().orElseThrow();
                    assertThat(s.baseVersion()).isEqualTo(9);
                    a.saved(s, new SaveResult.Saved(10, MINE));
                }, MINE, false, State.SAVED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("races")
    void each_race_keeps_every_typed_text(Race race) {
        Autosave autosave = new Autosave(5, BASE);

        race.play().accept(autosave);

        assertThat(autosave.text()).isEqualTo(race.shows());
        assertThat(autosave.hasUnsavedText()).isEqualTo(race.unsaved());
        assertThat(autosave.state()).isEqualTo(race.state());
    }

    @Test
    void the_cursor_stays_where_the_person_was_after_a_merge_below_it() {
        String mine = "Top line. C-edit\n\nBottom line.";
        String merged = "Top line. C-edit\n\nBottom line. E-edit";
        int caret = "Top line. C-edit".length();

        assertThat(Autosave.mapOffset(mine, merged, caret)).isEqualTo(caret);
    }

    @Test
    void the_cursor_moves_with_its_words_after_a_merge_above_it() {
        String mine = "Top line.\n\nBottom line. E-edit";
        String merged = "Top line. C-edit\n\nBottom line. E-edit";
        int caret = mine.length();

        assertThat(Autosave.mapOffset(mine, merged, caret)).isEqualTo(merged.length());
        assertThat(Autosave.mapOffset(mine, merged, 3)).isEqualTo(3);
    }

    @Test
    void the_cursor_inside_a_replaced_word_goes_to_the_end_of_its_replacement() {
        assertThat(Autosave.mapOffset("one two three", "one TWO-A three", 5)).isEqualTo("one TWO-A".length());
        assertThat(Autosave.edits("one two three", "one TWO-A three")).isEqualTo("4,7,5");
    }

    @Test
    void a_heading_saved_without_its_trailing_space_counts_as_saved_keeps_the_space_and_takes_others_changes() {
        Autosave heading = new Autosave(0, "The Challenge", String::strip);
        heading.typed("The Challenge ");   // a space typed at the end, then a pause: the server would store the same
        assertThat(heading.nextSave()).as("nothing to send").isEmpty();
        assertThat(heading.text()).as("the space stays while the person types on").isEqualTo("The Challenge ");
        assertThat(heading.hasUnsavedText()).isFalse();
        assertThat(heading.state()).isEqualTo(State.SAVED);

        heading.typed(" The Challenge We ");   // a real change, stored stripped
        Save sent = heading.nextSave().orElseThrow();
        assertThat(heading.saved(sent, new SaveResult.Saved(0, "The Challenge We"))).isEmpty();
        assertThat(heading.hasUnsavedText()).isFalse();
        assertThat(heading.state()).isEqualTo(State.SAVED);

        assertThat(heading.remote(0, "The Challenge We Met")).as("someone else's heading is shown")
                .contains("The Challenge We Met");

        Autosave body = new Autosave(5, BASE);   // a text is stored as typed: a trailing space is a change
        body.typed(BASE + " ");
        assertThat(body.hasUnsavedText()).isTrue();
    }
}
