import TogglModels

/// How commands print models that hold a ``Secret`` (the profile's `api_token` and
/// `intercom_hash`, a workspace's `api_token` and `ical_url`): as `"(hidden)"`, keys kept, unless
/// the user asked for them with `--show-secrets`.
public enum SecretOutput {
    /// Runs `print` with secrets encoded as `"(hidden)"`, or as they are when `secrets` is true.
    public static func printing<Result>(secrets: Bool, _ print: () throws -> Result) rethrows -> Result {
        if secrets { return try print() }
        return try Secret.withRedactedEncoding(print)
    }
}
