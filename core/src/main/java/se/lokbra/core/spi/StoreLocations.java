package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lokbra.core.ValidationException;
import se.lokbra.core.internal.Checks;

/**
 * The one place where the text naming a store ({@code --store}, {@link se.lokbra.core.LokbraStores#open(String)})
 * becomes a {@link URI}, and where a backend gets its path back. Both forms are accepted:
 * <ul>
 *   <li><b>A URI</b>, with %-escapes: {@code json:/tmp/my%20store}, {@code jdbc:sqlite:/tmp/a%20b.db}. Any text that
 *       parses as a URI ({@link URI#URI(String)}) is taken as one, and its escapes are decoded.</li>
 *   <li><b>A plain path</b> after the scheme: {@code json:/tmp/my store}, {@code jdbc:sqlite:/tmp/a b.db},
 *       {@code json:relative dir}, {@code json:C:\data\lokbra}, {@code json:\\server\share\lokbra}. Text that is not
 *       a valid URI (a space, a backslash, a {@code %} not followed by two hexadecimal digits make it so) is taken
 *       literally: every character after {@code json:}, {@code jdbc:sqlite:} or {@code memory:} is the path or
 *       name, {@code %}, {@code ?} and {@code #} included.</li>
 * </ul>
 * So a literal {@code %} is told apart by the rule above: {@code json:/tmp/100%} and {@code json:/tmp/100% done}
 * name {@code /tmp/100%} and {@code /tmp/100% done}, but {@code json:/tmp/a%20b}, a valid URI, names
 * {@code /tmp/a b}; write {@code json:/tmp/a%2520b} for a directory literally named {@code a%20b}. Likewise a valid
 * URI's {@code ?} and {@code #} start its query and fragment (which {@code json:} refuses): write {@code %3F} and
 * {@code %23}, or use any character that makes the text a plain path.
 *
 * <p>Text without a scheme ({@code /tmp/store}, {@code lokbra.db}, {@code C:\data}: a one-letter "scheme" is a
 * Windows drive) is refused with a {@link ValidationException} listing the accepted forms.
 */
public final class StoreLocations {
  /** The prefixes after which the rest of a plain location is a path or a name, longest first. */
  private static final ImmutableList<String> PATH_PREFIXES = ImmutableList.of("jdbc:sqlite:", "memory:", "json:");

  /** The forms a location takes, as error messages list them. */
  public static final String FORMS = "memory:NAME, json:DIR, jdbc:sqlite:FILE, "
      + "jdbc:postgresql://HOST:PORT/DB?user=USER";

  /** A URI scheme of two or more characters (one letter followed by a colon is a Windows drive). */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):(.*)", Pattern.DOTALL);

  /** {@code C:\} or {@code C:/} (a drive's absolute path), or {@code \\server\share}. */
  private static final Pattern WINDOWS_PATH =
      Pattern.compile("[A-Za-z]:[\\\\/].*|\\\\\\\\[^\\\\].*", Pattern.DOTALL);

  private StoreLocations() {}

  /**
   * The URI that {@code location}, a URI or a scheme followed by a plain path, stands for.
   *
   * @throws ValidationException if {@code location} has no scheme or cannot be written as a URI
   */
  public static URI parse(String location) {
    Checks.notNull(location, "uri");
    URI uri = null;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      // not a URI: a plain path after the scheme, below
    }
    if (uri != null && uri.getScheme() != null && uri.getScheme().length() > 1) {
      return uri;
    }
    Matcher scheme = SCHEME.matcher(location);
    if (!scheme.matches()) {
      throw new ValidationException("uri", location, "must start with a scheme: memory:, json:, jdbc:sqlite:, "
          + "jdbc:postgresql: (" + FORMS + "; a path may be written as it is, spaces and backslashes included, as "
          + "in json:/srv/my store or json:C:\\data\\lokbra)");
    }
    for (String prefix : PATH_PREFIXES) {
      if (location.regionMatches(true, 0, prefix, 0, prefix.length())) {
        String rest = location.substring(prefix.length());
        if (rest.isEmpty()) {
          break; // "json:" alone: the backend says what is missing
        }
        try {
          return new URI(prefix.toLowerCase(java.util.Locale.ROOT) + escape(rest));
        } catch (URISyntaxException e) {
          throw new ValidationException("uri", location, "cannot be written as a URI: " + e.getReason());
        }
      }
    }
    try {
      return new URI(scheme.group(1), scheme.group(2), null);
    } catch (URISyntaxException e) {
      throw new ValidationException("uri", location, "must be a URI (" + FORMS + "): " + e.getReason());
    }
  }

  /**
   * The decoded path or name after {@code prefix} ({@code json:}, {@code jdbc:sqlite:}) in {@code uri}:
   * {@code json:/tmp/my%20store} → {@code /tmp/my store}.
   *
   * @throws ValidationException if {@code uri} does not start with {@code prefix}
   */
  public static String path(URI uri, String prefix) {
    Checks.notNull(uri, "uri");
    Checks.notNull(prefix, "prefix");
    String text = uri.getScheme() == null ? uri.getSchemeSpecificPart()
        : uri.getScheme() + ":" + uri.getSchemeSpecificPart();
    Checks.check(text.startsWith(prefix), "uri", uri, "must start with %s", prefix);
    return text.substring(prefix.length());
  }

  /**
   * The local file or directory that the decoded path after {@code prefix} in {@code uri} names; see
   * {@link #path}. An absolute Windows path ({@code C:\data}, {@code \\server\share}) is refused on a system
   * that is not Windows, where it would otherwise name a strange relative file.
   *
   * @throws ValidationException if {@code uri} does not start with {@code prefix} or names no valid path here
   */
  public static Path localPath(URI uri, String prefix) {
    return localPath(uri, prefix, File.separatorChar == '\\');
  }

  static Path localPath(URI uri, String prefix, boolean windows) {
    String path = path(uri, prefix);
    if (!windows && isWindowsPath(path)) {
      throw new ValidationException("uri", uri, "names the Windows path '" + path + "', which this system (not "
          + "Windows) cannot open; give a path of this system");
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new ValidationException("uri", uri, "names no valid path: " + e.getReason());
    }
  }

  /**
   * Whether {@code path} is written the Windows way, absolute with a drive ({@code C:\data}, {@code C:/data}) or UNC
   * path ({@code \\server\share}); on any operating system, so that such text is recognised everywhere.
   */
  public static boolean isWindowsPath(String path) {
    Checks.notNull(path, "path");
    return WINDOWS_PATH.matcher(path).matches();
  }

  /**
   * {@code text} with every character a URI path may not hold literally %-escaped as UTF-8: letters, digits,
   * {@code -._~}, {@code /} and {@code :@!$&'()*+,;=} stay, anything else ({@code %}, {@code ?}, {@code #},
   * space, backslash, non-ASCII) is escaped, so that the URI's decoded path is {@code text} again.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c < 0x80 && "-._~/:@!$&'()*+,;=".indexOf(c) >= 0;
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
