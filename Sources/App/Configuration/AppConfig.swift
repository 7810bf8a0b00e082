import Domain
import Foundation
import Logging

/// Start-up settings, read once from the environment.
///
/// A bad value stops start-up with a message naming the variable, so a typo in a
/// deployment never becomes a silently different configuration.
public struct AppConfig: Sendable {
    public enum DatabaseLocation: Sendable, Equatable {
        /// A SQLite file (the default).
        case sqlite(path: String)
        /// A PostgreSQL server.
        case postgres(url: String)
    }

    public var database: DatabaseLocation
    /// Folder for the SQLite file and other local data.
    public var dataDirectory: String
    /// Password for the first `admin`; generated and printed when nil.
    public var adminPassword: String?
    /// The address users type; an https URL makes cookies Secure.
    public var publicURL: URL?
    /// Minutes of inactivity after which a session ends.
    public var sessionIdleMinutes: Int
    /// Bcrypt cost; lower only in tests.
    public var bcryptCost: Int
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed.
    public var trustedProxies: Set<String>
    /// The supervision light's thresholds (`TONGXIN_DUE_SOON_DAYS`).
    public var lightThresholds: LightThresholds
    /// Whether the server runs the reminder job every 15 minutes (`TONGXIN_REMINDERS`, on by
    /// default; tests turn it off and run the job themselves).
    public var runsReminders = true
    /// How long, in milliseconds, the data versions read by one request are trusted by the next
    /// (`TONGXIN_VERSION_CHECK_MS`, 100 by default; 0 reads them on every request). This
    /// process's own writes are seen at once; this bounds how late another process's are.
    public var versionCheckMilliseconds = 100

    public init(
        database: DatabaseLocation, dataDirectory: String, adminPassword: String? = nil,
        publicURL: URL? = nil, sessionIdleMinutes: Int = 30, bcryptCost: Int = 12,
        trustedProxies: Set<String> = [], lightThresholds: LightThresholds = LightThresholds()
    ) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.adminPassword = adminPassword
        self.publicURL = publicURL
        self.sessionIdleMinutes = sessionIdleMinutes
        self.bcryptCost = bcryptCost
        self.trustedProxies = trustedProxies
        self.lightThresholds = lightThresholds
    }

    /// True when cookies must carry the Secure flag.
    public var secureCookies: Bool { publicURL?.scheme == "https" }
}

/// A setting that stops start-up.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public let variable: String
    public let problem: String

    public var description: String { "Configuration error in \(variable): \(problem)" }
}

extension AppConfig {
    /// Reads the configuration from `environment`, validating every value.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> AppConfig
    {
        func value(_ name: String) -> String? {
            guard let raw = environment[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        let dataDirectory = value("TONGXIN_DATA") ?? "./data"
        let database: DatabaseLocation
        if let url = value("DATABASE_URL") {
            guard let parsed = URLComponents(string: url), ["postgres", "postgresql"].contains(parsed.scheme ?? ""),
                parsed.host?.isEmpty == false
            else {
                throw ConfigError(
                    variable: "DATABASE_URL", problem: "expected postgres://user:password@host:port/database")
            }
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: (dataDirectory as NSString).appendingPathComponent("tongxin.sqlite"))
        }
        // The password is taken exactly as given (no trimming): spaces may be part of it.
        let adminPassword = environment["TONGXIN_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if let adminPassword, let problem = PasswordPolicy.problem(with: adminPassword) {
            throw ConfigError(variable: "TONGXIN_ADMIN_PASSWORD", problem: problem.message)
        }
        if let level = value("LOG_LEVEL"), Logger.Level(rawValue: level.lowercased()) == nil {
            throw ConfigError(
                variable: "LOG_LEVEL", problem: "expected trace, debug, info, notice, warning, error or critical")
        }
        let proxies = Set(
            (value("TONGXIN_TRUSTED_PROXIES") ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        if let bad = proxies.first(where: { !isIPAddress($0) }) {
            throw ConfigError(variable: "TONGXIN_TRUSTED_PROXIES", problem: "\(bad) is not an IP address")
        }
        var publicURL: URL?
        if let raw = value("TONGXIN_PUBLIC_URL") {
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigError(variable: "TONGXIN_PUBLIC_URL", problem: "expected an http:// or https:// address")
            }
            publicURL = url
        }
        let idle =
            try integer(value("TONGXIN_SESSION_IDLE_MINUTES"), named: "TONGXIN_SESSION_IDLE_MINUTES", in: 1...1440)
            ?? 30
        let cost = try integer(value("TONGXIN_BCRYPT_COST"), named: "TONGXIN_BCRYPT_COST", in: 4...16) ?? 12
        let dueSoon = try integer(value("TONGXIN_DUE_SOON_DAYS"), named: "TONGXIN_DUE_SOON_DAYS", in: 0...365) ?? 15
        var config = AppConfig(
            database: database, dataDirectory: dataDirectory, adminPassword: adminPassword,
            publicURL: publicURL, sessionIdleMinutes: idle, bcryptCost: cost, trustedProxies: proxies,
            lightThresholds: LightThresholds(dueSoonDays: dueSoon))
        config.versionCheckMilliseconds =
            try integer(
                value("TONGXIN_VERSION_CHECK_MS"), named: "TONGXIN_VERSION_CHECK_MS",
                in: 0...10_000) ?? 100
        switch value("TONGXIN_REMINDERS") {
        case nil, "on": config.runsReminders = true
        case "off": config.runsReminders = false
        default: throw ConfigError(variable: "TONGXIN_REMINDERS", problem: "expected on or off")
        }
        return config
    }

    private static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    private static func integer(_ raw: String?, named name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw ConfigError(
                variable: name, problem: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
