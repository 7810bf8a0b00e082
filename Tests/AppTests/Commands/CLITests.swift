import Foundation
import Testing

/// The `tongxin` executable, run as a user would run it.
@Suite(.serialized) struct CLITests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/tongxin").path

    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    func run(_ arguments: [String], environment: [String: String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        env["TONGXIN_ADMIN_PASSWORD"] = nil
        env["LOG_LEVEL"] = "error"
        env["TONGXIN_BCRYPT_COST"] = "4"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            error: String(decoding: err, as: UTF8.self))
    }

    func tempDataDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-cli-\(UUID().uuidString)").path
    }

    @Test func firstStartPrintsAGeneratedPasswordOnce() throws {
        let data = tempDataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try run(["migrate"], environment: ["TONGXIN_DATA": data])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("username: admin"))
        let password = try #require(first.output.components(separatedBy: "password: ").last?.prefix(16))
        #expect(password.count == 16)
        let second = try run(["migrate"], environment: ["TONGXIN_DATA": data])
        #expect(second.status == 0)
        #expect(!second.output.contains("password:"))
        #expect(FileManager.default.fileExists(atPath: data + "/tongxin.sqlite"))
    }

    @Test func badSettingsStopStartUpNamingTheVariable() throws {
        let cases: [(String, String)] = [
            ("DATABASE_URL", "mysql://localhost/x"), ("TONGXIN_PUBLIC_URL", "ftp://x"),
            ("TONGXIN_SESSION_IDLE_MINUTES", "never"), ("TONGXIN_ADMIN_PASSWORD", "short"),
        ]
        for (variable, value) in cases {
            let result = try run(["migrate"], environment: ["TONGXIN_DATA": tempDataDirectory(), variable: value])
            #expect(result.status != 0)
            #expect(result.error.contains(variable), "message names \(variable): \(result.error)")
        }
    }

    @Test func userAndTokenCreation() throws {
        let data = tempDataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let env = ["TONGXIN_DATA": data, "TONGXIN_ADMIN_PASSWORD": "cli-admin-password"]
        let created = try run(
            ["user", "create", "--username", "Zhao", "--unit", "office", "--role", "liaison"],
            environment: env, input: "zhao-password-1\n")
        #expect(created.status == 0, "\(created.error)")
        #expect(created.output.contains("Created user zhao"))
        let duplicate = try run(
            ["user", "create", "--username", "zhao", "--unit", "office", "--role", "liaison"],
            environment: env, input: "zhao-password-1\n")
        #expect(duplicate.status != 0 && duplicate.error.contains("已被使用"))
        let badUnit = try run(
            ["user", "create", "--username", "qian", "--unit", "nowhere", "--role", "viewer"],
            environment: env, input: "qian-password-1\n")
        #expect(badUnit.status != 0 && badUnit.error.contains("no unit with code nowhere"))
        let token = try run(["token", "create", "--username", "zhao", "--name", "脚本"], environment: env)
        #expect(token.status == 0)
        #expect(token.output.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("tx_"))
    }
    @Test func demoFillsAnEmptyDatabaseOnce() throws {
        let data = tempDataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try run(["demo"], environment: ["TONGXIN_DATA": data])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("示范市 is ready") && first.output.contains("liaison-mzj / "))
        let again = try run(["demo"], environment: ["TONGXIN_DATA": data])
        #expect(again.status != 0)
        #expect(again.error.contains("already holds data"))
    }

    @Test func importReadsFoldersOnceAndNamesWhatFailed() throws {
        let data = tempDataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let corpus = URL(fileURLWithPath: Self.binary).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/dev").path
        let reports = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.count
        let first = try run(["import", corpus], environment: ["TONGXIN_DATA": data])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("created: \(reports) meetings"), "\(first.output)")
        #expect(first.error.contains("\(reports)/\(reports)"), "the progress bar reaches the end")
        let again = try run(["import", corpus], environment: ["TONGXIN_DATA": data])
        #expect(
            again.output.contains("created: 0 meetings")
                && again.output.contains("skipped (imported before): \(reports)"))
        let image = data + "/photo.txt"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(to: URL(fileURLWithPath: image))
        let failed = try run(["import", image], environment: ["TONGXIN_DATA": data])
        #expect(failed.status == 1 && failed.output.contains("photo.txt: 这不是文本文档"))
        let unknown = try run(["import", "--unit", "no-such-unit", corpus], environment: ["TONGXIN_DATA": data])
        #expect(unknown.status != 0 && unknown.error.contains("no-such-unit"))
    }
}
