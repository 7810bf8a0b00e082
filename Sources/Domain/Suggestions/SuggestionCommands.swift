import FluentKit
import Foundation

/// What a member writes.
public struct SuggestionDraft: Sendable {
    public var title: String
    public var body: String
    public var category: String
    public var publishConsent: Bool

    public init(title: String, body: String, category: String, publishConsent: Bool = false) {
        self.title = title
        self.body = body
        self.category = category
        self.publishConsent = publishConsent
    }
}

/// Every write to suggestions: checked, authorised, moved along ``SuggestionStatus`` and
/// audited in one transaction. This file: writing, submitting and co-signing.
public struct SuggestionCommands: Sendable {
    let clock: AppClock
    let write: DomainWrite
    /// Days a co-signer has to confirm.
    public let cosignDays: Int
    public static let maxTitleLength = 100
    public static let maxBodyLength = 5_000
    public static let maxCosigners = 20

    public init(clock: AppClock, cosignDays: Int = 3) {
        self.clock = clock
        write = DomainWrite(clock: clock)
        self.cosignDays = cosignDays
    }

    var today: CalendarDay { CalendarDay.today(clock) }

    /// Saves a new draft for `authorID` (the actor themself, or a member the office writes for).
    public func create(
        _ draft: SuggestionDraft, authorID: UUID?, attachments: [AttachmentUpload] = [], by actor: Actor,
        on db: any Database
    ) async throws -> Suggestion {
        try SuggestionPermissions.require(.submit, actor: actor)
        let (title, body, category) = try Self.checked(draft)
        return try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let author = try await self.author(authorID, for: actor, on: tx)
            let suggestion = Suggestion()
            suggestion.number = ""
            suggestion.title = title
            suggestion.body = body
            suggestion.category = category
            suggestion.status = .draft
            suggestion.$author.id = try author.requireID()
            suggestion.$unit.id = author.$unit.id
            suggestion.enteredBy = actor.username
            suggestion.isKey = false
            suggestion.declineReason = ""
            suggestion.round = 1
            suggestion.answer = ""
            suggestion.reviewComment = ""
            suggestion.adopted = false
            suggestion.publishConsent = draft.publishConsent
            try await suggestion.create(on: tx)
            try await SuggestionSigner(
                suggestionID: suggestion.requireID(), userID: author.requireID(), isAuthor: true, respondBy: nil
            )
            .create(on: tx)
            try await record(suggestion, "suggestion.create", before: nil, in: audit)
            try await addFiles(attachments, to: suggestion, audit: audit)
            return suggestion
        }
    }

    /// Changes a draft (its author or whoever entered it), adding any `attachments` to its files.
    public func update(
        _ id: UUID, _ draft: SuggestionDraft, attachments: [AttachmentUpload] = [], by actor: Actor,
        on db: any Database
    ) async throws -> Suggestion {
        let (title, body, category) = try Self.checked(draft)
        return try await change(id, "suggestion.update", by: actor, on: db) { suggestion, tx, audit in
            try await requireAuthor(suggestion, actor, on: tx)
            guard suggestion.status == .draft else { throw DomainError.conflict("已提交的建言不能再修改") }
            suggestion.title = title
            suggestion.body = body
            suggestion.category = category
            suggestion.publishConsent = draft.publishConsent
            try await addFiles(attachments, to: suggestion, audit: audit)
        }
    }

    /// Submits a draft, numbered 建言〔year〕n号; co-signers (members) are asked to confirm
    /// within ``cosignDays`` days, and the suggestion waits for them.
    public func submit(_ id: UUID, cosigners: [UUID], by actor: Actor, on db: any Database) async throws -> Suggestion {
        let cosigners = Array(Set(cosigners))
        guard cosigners.count <= Self.maxCosigners else {
            throw DomainError.invalid("cosignerIds", "联名人最多\(Self.maxCosigners)位")
        }
        return try await change(id, "suggestion.submit", by: actor, on: db) { suggestion, tx, audit in
            try await requireAuthor(suggestion, actor, on: tx)
            let members = try await User.query(on: tx).filter(\.$id ~~ cosigners).filter(\.$role == .member).filter(
                \.$isActive == true
            ).all()
            guard members.count == cosigners.count, !cosigners.contains(suggestion.$author.id) else {
                throw DomainError.invalid("cosignerIds", "联名人须是其他在用的成员账号")
            }
            suggestion.status = try suggestion.status.moved(to: cosigners.isEmpty ? .submitted : .cosigning)
            let year = today.components.year
            let count = try await Suggestion.query(on: tx).filter(\.$number ~~ "建言〔\(year)〕").count()
            suggestion.number = "建言〔\(year)〕\(count + 1)号"
            suggestion.submittedAt = clock.now
            // Indexed once submitted (its text is fixed from now on): drafts are nobody's earlier suggestion.
            try await SuggestionIndex.write(suggestion, on: tx)
            let due = today.adding(days: cosignDays).description
            for userID in cosigners {
                try await SuggestionSigner(
                    suggestionID: suggestion.requireID(), userID: userID, isAuthor: false, respondBy: due
                ).create(on: tx)
            }
            try await noticeInvited(suggestion, cosigners, respondBy: due, on: tx)
            if suggestion.status == .submitted { try await noticeSubmitted(suggestion, on: tx) }
        }
    }

    /// A co-signer confirms (or declines); when no one is left to answer, the suggestion goes to the office.
    public func cosign(_ id: UUID, confirm: Bool, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try await change(id, confirm ? "suggestion.cosign" : "suggestion.cosign_decline", by: actor, on: db) {
            suggestion, tx, audit in
            guard let userID = actor.userID,
                let signer = try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == id)
                    .filter(\.$user.$id == userID).filter(\.$isAuthor == false).first()
            else {
                throw DomainError.forbidden("您不是这条建言的联名人")
            }
            guard suggestion.status == .cosigning, signer.state == .invited else {
                throw DomainError.conflict("联名确认已结束")
            }
            guard let due = signer.respondBy.flatMap(CalendarDay.init(iso:)), today <= due else {
                throw DomainError.conflict("联名确认已过期限")
            }
            signer.state = confirm ? .confirmed : .dropped
            try await signer.save(on: tx)
            try await closeCosigning(suggestion, on: tx)
        }
    }

    /// The job's part: co-signers who let their days pass drop off, and suggestions with no one
    /// left to answer go to the office. Returns how many suggestions went on.
    public func expireCosigners(on db: any Database) async throws -> Int {
        let waiting = try await Suggestion.query(on: db).filter(\.$status == .cosigning).all()
        var moved = 0
        for pending in waiting {
            let expired = try await write.perform(by: .system, touching: .work, on: db) { tx, audit -> Bool in
                guard let suggestion = try await Suggestion.find(pending.id, on: tx), suggestion.status == .cosigning
                else { return false }
                try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID()).filter(
                    \.$state == .invited
                )
                .filter(\.$respondBy < today.description).set(\.$state, to: .dropped).update()
                let before = suggestion.auditSnapshot
                guard try await closeCosigning(suggestion, on: tx) else { return false }
                try await record(suggestion, "suggestion.cosign_expire", before: before, in: audit)
                return true
            }
            if expired { moved += 1 }
        }
        return moved
    }

    /// Moves a co-signed suggestion on to the office once no co-signer is left to answer.
    @discardableResult
    private func closeCosigning(_ suggestion: Suggestion, on tx: any Database) async throws -> Bool {
        let open = try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID())
            .filter(\.$state == .invited).count()
        guard open == 0 else { return false }
        suggestion.status = try suggestion.status.moved(to: .submitted)
        try await suggestion.save(on: tx)
        try await noticeSubmitted(suggestion, on: tx)
        return true
    }

    // MARK: helpers

    static func checked(_ draft: SuggestionDraft) throws -> (String, String, SuggestionCategory) {
        var problems: [FieldError] = []
        let title = RequiredText("title", "建言标题", limit: maxTitleLength).checked(draft.title, into: &problems)
        let body = RequiredText("body", "建言内容", limit: maxBodyLength).checked(draft.body, into: &problems)
        let category = SuggestionCategory(rawValue: draft.category)
        if category == nil { problems.append(FieldError("category", "请选择建言类别")) }
        guard problems.isEmpty, let category else { throw DomainError.invalid(problems) }
        return (title, body, category)
    }

    private func author(_ authorID: UUID?, for actor: Actor, on db: any Database) async throws -> User {
        if actor.role == .member {
            guard authorID == nil || authorID == actor.userID, let id = actor.userID else {
                throw DomainError.forbidden("只能以本人名义提交建言")
            }
            return try await User.require(id, on: db)
        }
        guard let authorID, let user = try await User.find(authorID, on: db), user.role == .member, user.isActive else {
            throw DomainError.invalid("authorId", "请选择建言人（在用的成员账号）")
        }
        return user
    }

    func requireAuthor(_ suggestion: Suggestion, _ actor: Actor, on db: any Database) async throws {
        if actor.role == .admin, suggestion.enteredBy == actor.username { return }
        guard actor.userID == suggestion.$author.id else { throw DomainError.forbidden("只有建言人本人可以这样做") }
    }

    /// Loads the suggestion in a write transaction, applies `body`, saves and audits; `noting`
    /// adds to the audit entry what the suggestion's own fields do not show (an instruction's text).
    func change(
        _ id: UUID, _ action: String, by actor: Actor, noting: [String: AuditChange] = [:], on db: any Database,
        _ body: @escaping @Sendable (Suggestion, any Database, AuditTrail) async throws -> Void
    ) async throws -> Suggestion {
        try await write.perform(by: actor, touching: .work, on: db) { tx, audit in
            let suggestion = try await Suggestion.require(id, on: tx)
            let before = suggestion.auditSnapshot
            try await body(suggestion, tx, audit)
            try await suggestion.save(on: tx)
            try await record(suggestion, action, before: before, noting: noting, in: audit)
            return suggestion
        }
    }

    func record(
        _ suggestion: Suggestion, _ action: String, before: [String: String]?,
        noting: [String: AuditChange] = [:], in audit: AuditTrail
    ) async throws {
        let changes = AuditLog.diff(before: before, after: suggestion.auditSnapshot).merging(noting) { _, noted in noted
        }
        try await audit.record(
            AuditSubject(type: "suggestion", id: suggestion.id, label: suggestion.title), action: action,
            changes: changes)
    }
}
