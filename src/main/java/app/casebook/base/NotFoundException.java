package app.casebook.base;

/**
 * Something the person asked for does not exist, or exists but is not theirs to see. Both look the same
 * from outside, so nobody learns which ids exist by guessing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
