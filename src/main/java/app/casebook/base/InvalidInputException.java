package app.casebook.base;

/** Input a person typed or uploaded breaks a rule; the message is shown to them as it is. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
