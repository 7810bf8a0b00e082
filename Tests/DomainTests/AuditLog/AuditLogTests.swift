import Domain
import DomainTestSupport
import FluentKit
import SQLKit
import Testing

@Suite struct AuditLogTests {
    @Test func diffListsOnlyChangedFields() {
        let diff = AuditLog.diff(before: ["a": "1", "b": "2"], after: ["a": "1", "b": "3", "c": "4"])
        #expect(diff == ["b": AuditChange(before: "2", after: "3"), "c": AuditChange(before: nil, after: "4")])
    }

    @Test func theDatabaseRefusesToUpdateOrDeleteEntries() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let sql = try #require(app.db as? any SQLDatabase)
            let count = try await app.auditEntries().count
            #expect(count > 0)
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE audit_log SET actor_name = 'someone'").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM audit_log").run()
            }
            let entries = try await app.auditEntries()
            #expect(entries.count == count)
            #expect(!entries.contains { $0.actorName == "someone" })
        }
    }

    @Test func aFailedCommandLeavesNoEntry() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            try await app.makeUnit("dup")
            let count = try await app.auditEntries().count
            _ = try? await app.makeUnit("dup")
            #expect(try await app.auditEntries().count == count)
        }
    }
}
