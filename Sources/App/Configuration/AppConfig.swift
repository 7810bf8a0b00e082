import Foundation

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

    public init(database: DatabaseLocation, dataDirectory: String, adminPassword: String? = nil,
                publicURL: URL? = nil, sessionIdleMinutes: Int = 30, bcryptCost: Int = 12) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.adminPassword = adminPassword
        self.publicURL = publicURL
        self.sessionIdleMinutes = sessionIdleMinutes
        self.bcryptCost = bcryptCost
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
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
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
                throw ConfigError(variable: "DATABASE_URL", problem: "expected postgres://user:password@host:port/database")
            }
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: (dataDirectory as NSString).appendingPathComponent("tongxin.sqlite"))
        }
        let adminPassword = value("TONGXIN_ADMIN_PASSWORD")
        if let adminPassword, adminPassword.count < 10 {
            throw ConfigError(variable: "TONGXIN_ADMIN_PASSWORD", problem: "must be at least 10 characters")
        }
        var publicURL: URL?
        if let raw = value("TONGXIN_PUBLIC_URL") {
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigError(variable: "TONGXIN_PUBLIC_URL", problem: "expected an http:// or https:// address")
            }
            publicURL = url
        }
        let idle = try integer(value("TONGXIN_SESSION_IDLE_MINUTES"), named: "TONGXIN_SESSION_IDLE_MINUTES", in: 1...1440) ?? 30
        let cost = try integer(value("TONGXIN_BCRYPT_COST"), named: "TONGXIN_BCRYPT_COST", in: 4...16) ?? 12
        return AppConfig(database: database, dataDirectory: dataDirectory, adminPassword: adminPassword,
                         publicURL: publicURL, sessionIdleMinutes: idle, bcryptCost: cost)
    }

    private static func integer(_ raw: String?, named name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw ConfigError(variable: name, problem: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
