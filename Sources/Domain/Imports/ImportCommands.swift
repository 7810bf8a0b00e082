import ChineseText
import Crypto
import FluentKit
import Foundation

/// Reads meeting reports into drafts and turns a confirmed draft into a meeting, its
/// participants and documents, and a draft plan whose tasks are the report's requirements.
public struct ImportCommands: Sendable {
    private let clock: AppClock
    private let reader: ReportReader
    private let thresholds: LightThresholds
    let write: DomainWrite
    /// The largest report read, in bytes.
    public static let maxBytes = 10 * 1024 * 1024

    public init(clock: AppClock, reader: ReportReader, thresholds: LightThresholds = LightThresholds()) {
        self.clock = clock
        self.reader = reader
        self.thresholds = thresholds
        write = DomainWrite(clock: clock)
    }

    /// Reads a report (text, HTML or `.docx`, any encoding the reader knows) into a draft and
    /// keeps it. The same bytes read before give back their earlier import (`created` false).
    /// Nothing else is written until ``confirm(_:draft:by:on:)``.
    public func start(bytes: [UInt8], filename: String?, by actor: Actor, on db: any Database) async throws
        -> (record: ReportImport, created: Bool)
    {
        try ImportPermissions.require(.importReports, actor: actor)
        guard !bytes.isEmpty else { throw DomainError.invalid("file", "没有内容：请粘贴报道全文或选择文件") }
        guard bytes.count <= Self.maxBytes else { throw DomainError.invalid("file", "文件超过 10 MB，请只导入会议报道本身") }
        let hash = SHA256.hash(data: bytes).hexString
        if let earlier = try await ReportImport.query(on: db).filter(\.$contentHash == hash).first() {
            return (earlier, false)
        }
        let report = try read(bytes, filename: filename)
        let text = ([report.title].compactMap { $0 } + report.paragraphs).joined(separator: "\n")
        guard !report.paragraphs.isEmpty else { throw DomainError.invalid("file", "没有读到正文：这份文件里没有文字") }
        var draft = ImportDraft(report)
        draft.matchUnits(try await OrgUnit.query(on: db).filter(\.$isActive == true).all().map { ($0.id!, $0.name) })
        let record = try ReportImport(
            sourceName: Self.sourceName(filename), contentHash: hash, text: text, draft: draft,
            createdBy: actor.username, at: clock.now)
        return try await write.perform(by: actor, on: db) { tx, audit in
            // The same report sent twice at once: the second waits here, then finds the first.
            if let earlier = try await ReportImport.query(on: tx).filter(\.$contentHash == hash).first() {
                return (earlier, false)
            }
            try await record.create(on: tx)
            try await audit.record(
                AuditSubject(type: "import", id: record.id, label: record.sourceName), action: "import.create",
                changes: ["source": AuditChange(before: nil, after: record.sourceName)])
            return (record, true)
        }
    }

    /// Creates what the (edited) draft describes: the meeting with its participants, the
    /// documents it reviewed, and a draft plan with a task per requirement kept. Confirming
    /// again — also twice at once — creates nothing more and answers with what was created.
    public func confirm(_ id: UUID, draft edited: ImportDraft?, by actor: Actor, on db: any Database) async throws
        -> ReportImport.Result
    {
        try ImportPermissions.require(.importReports, actor: actor)
        let record = try await ReportImport.require(id, on: db)
        if let done = record.result { return done }
        let draft = try edited ?? record.draft
        let plan = try ImportPlan(draft, today: CalendarDay.today(clock))
        guard let office = try await OrgUnit.find(code: FirstStart.officeCode, on: db) else {
            throw DomainError.conflict("找不到办公室单位，无法确定任务的默认牵头单位")
        }
        do {
            return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
                let meeting = try await MeetingCommands(clock: clock).insert(
                    plan.meeting, people: plan.people, importID: id,
                    on: tx, audit: audit)
                let meetingID = try meeting.requireID()
                let newPlan = try await PlanCommands(clock: clock).insert(
                    plan.planTitle, period: plan.planPeriod,
                    sourceMeeting: meetingID, on: tx, audit: audit)
                let planID = try newPlan.requireID()
                var documentIDs: [UUID] = []
                for title in plan.documents {
                    let document = OfficialDocument(
                        DocumentFields(
                            title: title, number: "", kind: .guessed(from: title), issuingUnitID: nil,
                            day: "", body: "", meetingID: meetingID, planID: nil))
                    try await document.create(on: tx)
                    documentIDs.append(try document.requireID())
                    try await audit.record(
                        DocumentCommands.subject(document), action: "document.create",
                        changes: AuditLog.diff(before: nil, after: document.auditSnapshot))
                }
                let drafts = plan.tasks.map {
                    $0.draft(planID: planID, defaultLead: office.id, meetingID: meetingID, meetingName: meeting.name)
                }
                let tasks = try await TaskCommands(clock: clock, thresholds: thresholds).createMany(
                    drafts, by: actor, on: tx)
                let result = ReportImport.Result(
                    meetingId: meetingID, planId: planID, taskIds: try tasks.map { try $0.requireID() },
                    documentIds: documentIDs)
                record.status = .confirmed
                record.confirmedAt = clock.now
                record.draftJSON = try ImportDraft.encode(draft)
                record.resultJSON = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
                try await record.save(on: tx)
                try await audit.record(
                    AuditSubject(type: "import", id: id, label: record.sourceName), action: "import.confirm",
                    changes: ["status": AuditChange(before: "draft", after: "confirmed")])
                return result
            }
        } catch {
            // A concurrent confirmation made the meeting first (one meeting per import).
            if let done = try await ReportImport.require(id, on: db).result { return done }
            throw error
        }
    }

    private func read(_ bytes: [UInt8], filename: String?) throws -> MeetingReport {
        do {
            return try reader.read(bytes: bytes, filename: filename)
        } catch let error as DecodingError {
            switch error {
            case .notText(let kind):
                throw DomainError.invalid("file", "这不是文本文档（\(kind)）：请粘贴报道全文，或上传 .txt、.html、.docx 文件")
            case .undecodable:
                throw DomainError.invalid("file", "无法识别文件的文字编码：请另存为 UTF-8 文本后再导入")
            case .badDocument:
                throw DomainError.invalid("file", "无法读取这个 .docx 文件：它可能已损坏")
            }
        }
    }

    private static func sourceName(_ filename: String?) -> String {
        guard let filename, !filename.isEmpty else { return "粘贴的文本" }
        return String(filename.suffix(200))
    }
}
