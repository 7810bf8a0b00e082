import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// The suggestion channel's state machine on a fixed clock: every illegal move is refused and
/// changes nothing; co-signers who let their days pass drop off; 不满意 reopens once only.
@Suite struct SuggestionFlowTests {
    struct People {
        let office: Actor, author: Actor, cosigner: Actor, late: Actor, outsider: Actor, lead: Actor, coUnit: Actor,
            otherUnit: Actor
        let leadUnit: UUID, coUnitID: UUID
    }

    static func people(_ app: TestDomain) async throws -> People {
        let (partyX, partyY) = (
            try await app.makeUnit("mj", name: "民建示范市委会"), try await app.makeUnit("mm", name: "民盟示范市委会")
        )
        let (lead, co, other) = (
            try await app.makeUnit("fgw", name: "市发展改革委"), try await app.makeUnit("czj", name: "市财政局"),
            try await app.makeUnit("jyj", name: "市教育局")
        )
        return People(
            office: .system,
            author: try await app.makeUser("member-x1", role: .member, unit: partyX).actor,
            cosigner: try await app.makeUser("member-x2", role: .member, unit: partyX).actor,
            late: try await app.makeUser("member-x3", role: .member, unit: partyX).actor,
            outsider: try await app.makeUser("member-y1", role: .member, unit: partyY).actor,
            lead: try await app.makeUser("li-fgw", role: .liaison, unit: lead).actor,
            coUnit: try await app.makeUser("li-czj", role: .liaison, unit: co).actor,
            otherUnit: try await app.makeUser("li-jyj", role: .liaison, unit: other).actor,
            leadUnit: lead.id!, coUnitID: co.id!)
    }

    static let draft = SuggestionDraft(
        title: "关于优化中小企业融资服务的建议", body: "建议设立中小企业应急转贷资金池，降低转贷成本。",
        category: "economy", publishConsent: true)

    /// The people, the commands on the fixed clock, and the author's draft.
    static func written(_ app: TestDomain, cosignDays: Int = 3) async throws -> (People, SuggestionCommands, UUID) {
        let p = try await people(app)
        let commands = SuggestionCommands(clock: app.clock.appClock, cosignDays: cosignDays)
        return (p, commands, try await commands.create(draft, authorID: nil, by: p.author, on: app.db).requireID())
    }

    /// Expects `move` to be refused with `expected` and the suggestion and audit log unchanged.
    static func refused(
        _ app: TestDomain, _ id: UUID, _ expected: (DomainError) -> Bool,
        _ move: () async throws -> Suggestion, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try await Suggestion.require(id, on: app.db)
        let audits = try await app.auditEntries().count
        do {
            _ = try await move()
            Issue.record("the move was allowed", sourceLocation: sourceLocation)
        } catch let error as DomainError {
            #expect(expected(error), "refused with \(error)", sourceLocation: sourceLocation)
        }
        let after = try await Suggestion.require(id, on: app.db)
        #expect(
            after.status == before.status && after.round == before.round && after.answer == before.answer,
            "the refused move changed the suggestion", sourceLocation: sourceLocation)
        #expect(
            try await app.auditEntries().count == audits, "the refused move was audited", sourceLocation: sourceLocation
        )
    }

    static func conflict(_ error: DomainError) -> Bool { if case .conflict = error { true } else { false } }
    static func forbidden(_ error: DomainError) -> Bool { if case .forbidden = error { true } else { false } }
    static func invalid(_ error: DomainError) -> Bool { if case .invalid = error { true } else { false } }

    @Test func everyMoveOutOfTurnIsRefusedAndTheWholeRoundTripWorks() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let (p, commands, id) = try await Self.written(app)
            let db = app.db
            // A draft: only submitting moves it.
            try await Self.refused(app, id, Self.conflict) {
                try await commands.accept(id, isKey: false, by: p.office, on: db)
            }
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.submit(id, cosigners: [], by: p.outsider, on: db)
            }
            let submitted = try await commands.submit(id, cosigners: [], by: p.author, on: db)
            #expect(submitted.status == .submitted && submitted.number.hasPrefix("建言〔2026〕"))
            try await Self.refused(app, id, Self.conflict) {
                try await commands.update(id, Self.draft, by: p.author, on: db)
            }
            try await Self.refused(app, id, Self.conflict) {
                try await commands.route(id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: db)
            }
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.accept(id, isKey: true, by: p.lead, on: db)
            }
            try await Self.refused(app, id, Self.invalid) {
                try await commands.decline(id, reason: " ", by: p.office, on: db)
            }
            _ = try await commands.accept(id, isKey: true, by: p.office, on: db)
            try await Self.refused(app, id, Self.conflict) {
                try await commands.decline(id, reason: "重复", by: p.office, on: db)
            }
            try await Self.refused(app, id, Self.conflict) {
                try await commands.rate(id, "satisfied", comment: "", by: p.author, on: db)
            }
            _ = try await commands.route(
                id, lead: p.leadUnit, coUnits: [p.coUnitID], due: "2026-04-30", by: p.office, on: db)
            // Only the lead answers, and only once every co-handling unit has countersigned.
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.answer(id, text: "正在研究。", answerClass: "B", by: p.otherUnit, on: db)
            }
            try await Self.refused(app, id, Self.conflict) {
                try await commands.answer(id, text: "正在研究。", answerClass: "B", by: p.lead, on: db)
            }
            try await Self.refused(app, id, Self.conflict) {
                try await commands.review(id, send: true, comment: "", by: p.office, on: db)
            }
            _ = try await commands.countersign(id, part: "财政局将安排风险补偿资金。", by: p.coUnit, on: db)
            _ = try await commands.answer(id, text: "已列入明年工作计划，正在制定方案。", answerClass: "B", by: p.lead, on: db)
            try await Self.refused(app, id, Self.conflict) {
                try await commands.rate(id, "satisfied", comment: "", by: p.author, on: db)
            }
            _ = try await commands.review(id, send: true, comment: "", by: p.office, on: db)
            // Rated 不满意: reopened once, for a second answer from the same units.
            try await Self.refused(app, id, Self.invalid) {
                try await commands.rate(id, "dissatisfied", comment: "", by: p.author, on: db)
            }
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.rate(id, "satisfied", comment: "", by: p.outsider, on: db)
            }
            let reopened = try await commands.rate(id, "dissatisfied", comment: "没有时间表", by: p.author, on: db)
            #expect(reopened.status == .routed && reopened.round == 2)
            try await Self.refused(app, id, Self.conflict) {
                try await commands.answer(id, text: "已设立资金池。", answerClass: "A", by: p.lead, on: db)
            }
            _ = try await commands.countersign(id, part: "首期资金已拨付。", by: p.coUnit, on: db)
            _ = try await commands.answer(id, text: "资金池已于6月设立，首期规模1亿元。", answerClass: "A", by: p.lead, on: db)
            _ = try await commands.review(id, send: true, comment: "", by: p.office, on: db)
            // 不满意 again: closed, not reopened a second time.
            let closed = try await commands.rate(id, "dissatisfied", comment: "规模偏小", by: p.author, on: db)
            #expect(closed.status == .closed && closed.round == 2 && closed.answerClass == .a)
            // Both ratings are kept: the first answer's beside the second's.
            let author = try #require(
                try await SuggestionDetail.load(id, for: p.author, on: db).signers.first { $0.isAuthor })
            #expect(author.firstRating == .dissatisfied && author.firstRatingComment == "没有时间表")
            #expect(author.rating == .dissatisfied && author.ratingComment == "规模偏小")
            try await Self.refused(app, id, Self.conflict) {
                try await commands.rate(id, "satisfied", comment: "", by: p.author, on: db)
            }
        }
    }

    @Test func aMisroutedSuggestionIsSentBackWithAReasonAndRoutedAgain() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let (p, commands, id) = try await Self.written(app)
            let db = app.db
            _ = try await commands.submit(id, cosigners: [], by: p.author, on: db)
            _ = try await commands.accept(id, isKey: false, by: p.office, on: db)
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.sendBack(id, reason: "不归我们管", by: p.otherUnit, on: db)
            }
            let otherUnit = try #require(try await OrgUnit.find(code: "jyj", on: db)?.id)
            _ = try await commands.route(
                id, lead: otherUnit, coUnits: [p.coUnitID], due: "2026-04-30", by: p.office, on: db)
            // Only the lead unit sends it back, and only with a reason.
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.sendBack(id, reason: "不归我们管", by: p.coUnit, on: db)
            }
            try await Self.refused(app, id, Self.invalid) {
                try await commands.sendBack(id, reason: "  ", by: p.otherUnit, on: db)
            }
            let back = try await commands.sendBack(id, reason: "融资服务不属于教育部门职责", by: p.otherUnit, on: db)
            #expect(back.status == .accepted && back.reviewComment == "市教育局退回：融资服务不属于教育部门职责")
            #expect(back.answerDue == nil, "the office sets a new due day when it routes again")
            // The units it was routed to drop it; sending back twice is refused.
            await #expect(throws: DomainError.self) { try await SuggestionDetail.load(id, for: p.otherUnit, on: db) }
            await #expect(throws: DomainError.self) { try await SuggestionDetail.load(id, for: p.coUnit, on: db) }
            try await Self.refused(app, id, Self.forbidden) {
                try await commands.sendBack(id, reason: "再退", by: p.otherUnit, on: db)
            }
            let rerouted = try await commands.route(
                id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: db)
            #expect(rerouted.status == .routed && rerouted.reviewComment.isEmpty)
            let detail = try await SuggestionDetail.load(id, for: p.lead, on: db)
            #expect(detail.handlers.map(\.unitName) == ["市发展改革委"])
            #expect(try await app.auditEntries().filter { $0.action == "suggestion.send_back" }.count == 1)
        }
    }

    @Test func coSignersWhoLetTheirDaysPassDropOff() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let (p, commands, id) = try await Self.written(app, cosignDays: 3)
            let db = app.db
            let waiting = try await commands.submit(
                id, cosigners: [p.cosigner.userID!, p.late.userID!], by: p.author, on: db)
            #expect(waiting.status == .cosigning)
            try await Self.refused(app, id, Self.conflict) {
                try await commands.accept(id, isKey: false, by: p.office, on: db)
            }
            _ = try await commands.cosign(id, confirm: true, by: p.cosigner, on: db)
            #expect(try await commands.expireCosigners(on: db) == 0, "within the days nothing moves")
            app.clock.advance(by: 4 * 86_400)  // 2026-03-06: past the third day
            try await Self.refused(app, id, Self.conflict) {
                try await commands.cosign(id, confirm: true, by: p.late, on: db)
            }
            #expect(try await commands.expireCosigners(on: db) == 1)
            let suggestion = try await Suggestion.require(id, on: db)
            #expect(suggestion.status == .submitted)
            let states = try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id == id).all()
                .reduce(into: [UUID: SignerState]()) { $0[$1.$user.id] = $1.state }
            #expect(states[p.cosigner.userID!] == .confirmed && states[p.late.userID!] == .dropped)
            #expect(try await commands.expireCosigners(on: db) == 0, "a second run moves nothing")
            // The dropped member no longer sees it; the confirmed co-signer does.
            let lateAccess = try await SuggestionAccess.of(p.late, in: suggestion, on: db)
            let cosignerAccess = try await SuggestionAccess.of(p.cosigner, in: suggestion, on: db)
            #expect(!lateAccess.canRead(suggestion, actor: p.late))
            #expect(cosignerAccess.canRead(suggestion, actor: p.cosigner))
        }
    }

    @Test func aMemberSeesOnlyWhatTheyWroteOrSignAndAUnitWhatIsRoutedToIt() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let (p, commands, id) = try await Self.written(app)
            let db = app.db
            let admin = try await Self.requireAdmin(app)
            func sees(_ actor: Actor) async throws -> Bool {
                let suggestion = try await Suggestion.require(id, on: db)
                return try await SuggestionAccess.of(actor, in: suggestion, on: db).canRead(suggestion, actor: actor)
            }
            let (authorSees, officeSees) = (try await sees(p.author), try await sees(admin))
            #expect(authorSees && !officeSees, "a draft is its author's alone")
            _ = try await commands.submit(id, cosigners: [p.cosigner.userID!], by: p.author, on: db)
            _ = try await commands.cosign(id, confirm: true, by: p.cosigner, on: db)
            _ = try await commands.accept(id, isKey: false, by: p.office, on: db)
            _ = try await commands.route(id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: db)
            let (cosignerSees, officeSeesIt, leadSees) = (
                try await sees(p.cosigner), try await sees(admin), try await sees(p.lead)
            )
            #expect(cosignerSees && officeSeesIt && leadSees)
            #expect(!(try await sees(p.outsider)), "a member of another party who did not sign")
            #expect(!(try await sees(p.otherUnit)), "a unit it is not routed to")
        }
    }

    @Test func theOfficeEntersSuggestionsOnlyForActiveMembers() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Self.people(app)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let admin = try await Self.requireAdmin(app)
            let late = try #require(try await User.find(p.late.userID, on: app.db))
            late.isActive = false
            try await late.save(on: app.db)
            await #expect(throws: DomainError.self) {
                try await commands.create(Self.draft, authorID: p.late.userID, by: admin, on: app.db)
            }
            #expect(try await Suggestion.query(on: app.db).count() == 0)
            let entered = try await commands.create(Self.draft, authorID: p.author.userID, by: admin, on: app.db)
            #expect(entered.$author.id == p.author.userID)
        }
    }

    static func requireAdmin(_ app: TestDomain) async throws -> Actor {
        try #require(try await User.query(on: app.db).filter(\.$username == "admin").first()).actor
    }
}
