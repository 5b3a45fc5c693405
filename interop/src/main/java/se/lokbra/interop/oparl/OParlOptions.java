package se.lokbra.interop.oparl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import se.lokbra.core.ValidationException;

/**
 * How to write an {@link OParlExport}.
 *
 * @param baseUrl the absolute http(s) URL the export will be served under; every object id starts with it (a
 *     trailing slash is dropped): {@code https://example.org/oparl/v1} gives
 *     {@code https://example.org/oparl/v1/meeting/lokbra-2019-1}
 * @param pageSize how many objects one page of a list holds (1 to 10,000; default 100)
 * @param systemName the {@code name} of the {@code System} object (default "lokbra")
 * @param license the URL of the licence of the data, written as {@code license} of the System and each Body
 * @param contactEmail the System's {@code contactEmail}
 * @param contactName the System's {@code contactName}
 */
public record OParlOptions(URI baseUrl, int pageSize, String systemName, Optional<URI> license,
    Optional<String> contactEmail, Optional<String> contactName) {
  public static final int DEFAULT_PAGE_SIZE = 100;

  public OParlOptions {
    baseUrl = normalise(httpUrl(baseUrl, "baseUrl"));
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new ValidationException("baseUrl", baseUrl, "must have no query and no fragment");
    }
    if (pageSize < 1 || pageSize > 10_000) {
      throw new ValidationException("pageSize", pageSize, "must be between 1 and 10000");
    }
    if (systemName == null || systemName.isBlank()) {
      throw new ValidationException("systemName", systemName, "must not be blank");
    }
    if (license == null || contactEmail == null || contactName == null) {
      throw new ValidationException("license, contactEmail, contactName", null, "must not be null (use Optional)");
    }
    license.ifPresent(l -> httpUrl(l, "license"));
  }

  /** The defaults for an export served under {@code baseUrl}. */
  public static OParlOptions of(String baseUrl) {
    return new OParlOptions(parse(baseUrl, "baseUrl"), DEFAULT_PAGE_SIZE, "lokbra", Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  public OParlOptions withPageSize(int pageSize) {
    return new OParlOptions(baseUrl, pageSize, systemName, license, contactEmail, contactName);
  }

  public OParlOptions withSystemName(String systemName) {
    return new OParlOptions(baseUrl, pageSize, systemName, license, contactEmail, contactName);
  }

  public OParlOptions withLicense(String license) {
    return new OParlOptions(baseUrl, pageSize, systemName, Optional.of(parse(license, "license")), contactEmail,
        contactName);
  }

  public OParlOptions withContact(String email, String name) {
    return new OParlOptions(baseUrl, pageSize, systemName, license, Optional.of(email), Optional.of(name));
  }

  private static URI parse(String url, String field) {
    if (url == null) {
      throw new ValidationException(field, null, "is required");
    }
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new ValidationException(field, url, "must be a URL: " + e.getReason());
    }
  }

  private static URI httpUrl(URI url, String field) {
    if (url == null) {
      throw new ValidationException(field, null, "is required");
    }
    if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new ValidationException(field, url, "must be an absolute http or https URL");
    }
    return url;
  }

  private static URI normalise(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }
}
