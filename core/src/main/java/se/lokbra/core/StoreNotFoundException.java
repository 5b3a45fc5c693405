package se.lokbra.core;

/**
 * There is no store where one was to be opened, and the options said not to create one
 * ({@link StoreOptions#withCreateIfMissing StoreOptions.withCreateIfMissing(false)}). The message names the
 * location that was expected to hold it; nothing was created there.
 */
public class StoreNotFoundException extends StorageException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * @param location where the store was expected (a URI, without a password)
   * @param why what is missing there ("the file does not exist")
   */
  public StoreNotFoundException(String location, String why) {
    super("there is no lokbra store at " + location + ": " + why + " (a missing store is not created here)");
    this.location = location;
  }

  /** Where the store was expected. */
  public String location() {
    return location;
  }
}
