import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// The one write path: a write that leaves a counter it touched unmoved fails, and every
/// writer in the domain is walked with that check on.
@Suite struct WritePathTests {
    @Test func aWriteThatDoesNotDeclareWhatItTouchesIsRefused() async throws {
        try await withTestDomain { app in
            let office = try await app.officeUnit()
            do {
                try await DomainWrite(clock: app.clock.appClock).perform(by: .system, touching: .work, on: app.db) {
                    tx, _ in
                    try await OrgUnit.query(on: tx).filter(\.$id == office.id!).set(\.$name, to: "改名的办公室").update()
                }
                Issue.record("a write to units that moved only the work counter was let through")
            } catch let error as StaleWrite {
                #expect(error.problems == ["wrote units but did not move the access counter"])
            }
            // Refused inside its transaction: nothing was written.
            #expect(try await OrgUnit.require(office.id!, on: app.db).name == office.name)
            try await DomainWrite(clock: app.clock.appClock).perform(by: .system, touching: .work, .access, on: app.db)
            { tx, _ in
                try await OrgUnit.query(on: tx).filter(\.$id == office.id!).set(\.$name, to: "改名的办公室").update()
            }
            #expect(try await OrgUnit.require(office.id!, on: app.db).name == "改名的办公室")
        }
    }

    @Test func everyTableIsClassified() {
        let tables = Set(DataVersion.coverage.keys)
        #expect(tables.contains("tasks") && tables.contains("sessions") && tables.contains("audit_log"))
        #expect(DataVersion.coverage["inbox_messages"] == [.access])
        #expect(DataVersion.coverage["users"] == [.work, .access])
    }

    /// Runs a write of every writer in the domain under the inspector, then checks from the
    /// sources that no file that writes was left out of the walk.
    @Test func everyWriterMovesTheCountersOfWhatItWrites() async throws {
        let seen = WritesSeen()
        let app = try await TestDomain.start(noting: seen)
        do {
            try await DomainWrite.$inspector.withValue(WriteCoverageInspector(noting: seen)) {
                try await WriterWalk(app).run()
            }
        } catch {
            try? await app.stop()
            throw error
        }
        try await app.stop()
        let writers = try Self.filesThatWrite()
        #expect(writers.count > 15, "the source scan found \(writers.count) writers")
        let missed = writers.subtracting(seen.files).sorted()
        #expect(missed.isEmpty, "the walk does not reach the writes in \(missed.joined(separator: ", "))")
    }

    /// The Domain source files that call the write path.
    static func filesThatWrite() throws -> Set<String> {
        let domain = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/Domain")
        var files: Set<String> = []
        let walker = FileManager.default.enumerator(at: domain, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            if try String(contentsOf: url, encoding: .utf8).contains(".perform(by: ") {
                files.insert(url.lastPathComponent)
            }
        }
        return files
    }
}

/// Every writer's audit entries read in words: each action, subject type, field and coded
/// value the walk records has its Chinese name (see ``AuditWords``).
@Suite struct AuditWordsTests {
    @Test func everyRecordedWordHasAChineseName() async throws {
        try await withTestDomain { app in
            try await WriterWalk(app).run()
            let entries = try await AuditEntry.query(on: app.db).all()
            #expect(entries.count > 100)
            var missing = Set<String>()
            for entry in entries {
                if AuditWords.action(entry.action) == nil { missing.insert("action \(entry.action)") }
                if AuditWords.subject(entry.subjectType) == nil { missing.insert("subject \(entry.subjectType)") }
                for (key, change) in entry.changes {
                    if AuditWords.field(key) == nil { missing.insert("field \(key)") }
                    // Codes, user names and names people chose are shown as they are.
                    let named = ["code", "username", "name"].contains(key)
                    for value in [change.before, change.after].compactMap({ $0 }) where !named && Self.looksCoded(value)
                    {
                        if AuditWords.value(value, field: key, subjectType: entry.subjectType) == nil {
                            missing.insert("value \(entry.subjectType).\(key)=\(value)")
                        }
                    }
                }
            }
            #expect(missing.isEmpty, "no Chinese name for: \(missing.sorted().joined(separator: ", "))")
        }
    }

    /// A lower-case ASCII word such as `in_progress` or `true`: a code, not something people wrote.
    static func looksCoded(_ value: String) -> Bool {
        !value.isEmpty && value.count < 40 && value.allSatisfy { ("a"..."z").contains($0) || $0 == "_" }
    }
}
