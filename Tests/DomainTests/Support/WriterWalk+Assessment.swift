import Domain
import DomainTestSupport
import FluentKit
import Foundation

extension WriterWalk {
    /// A year's assessment through every move: drafted and copied, amended, self-assessed,
    /// reviewed, adjusted, closed, published, appealed, answered and finalised.
    func assessment(_ admin: Actor, unit: OrgUnit, liaison: Actor) async throws {
        let schemes = SchemeCommands(clock: clock)
        let office = try await app.officeUnit()
        let draft = try await schemes.create(SchemeSettings(year: 2029, title: "统战工作考核"), by: admin, on: db)
        let indicator = try await schemes.addIndicator(
            to: draft.requireID(), IndicatorInput(category: "组织领导", name: "理论学习", points: "60", method: "manual"),
            by: admin, on: db)
        _ = try await schemes.addIndicator(
            to: draft.requireID(),
            IndicatorInput(
                category: "任务落实", name: "按期完成", points: "40", method: "auto", metric: "tasks_on_time",
                scorerUnitID: office.id), by: admin, on: db)
        _ = try await schemes.updateIndicator(
            indicator.requireID(),
            IndicatorInput(category: "组织领导", name: "理论学习", points: "60", method: "manual", scorerUnitID: office.id),
            by: admin, on: db)
        let scheme = try await schemes.create(
            SchemeSettings(year: 2030, title: "统战工作考核"), copyFrom: draft.requireID(), by: admin, on: db)
        let spare = try await schemes.addIndicator(
            to: scheme.requireID(), IndicatorInput(category: "其他", name: "备用", points: "5"), by: admin, on: db)
        try await schemes.removeIndicator(spare.requireID(), by: admin, on: db)
        _ = try await schemes.update(
            scheme.requireID(), SchemeSettings(year: 2030, title: "2030年度统战工作考核"), by: admin, on: db)
        _ = try await schemes.issue(scheme.requireID(), by: admin, on: db)
        let copied = try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == scheme.requireID())
            .filter(\.$method == .manual).first()!
        _ = try await schemes.updateIndicator(
            copied.requireID(),
            IndicatorInput(
                category: "组织领导", name: "理论学习", rule: "每季度一次", points: "60", method: "manual",
                scorerUnitID: office.id), reason: "细化评分细则", by: admin, on: db)
        let card = try await scheme.card(of: unit.id, on: db)!
        let entry = try await AssessmentEntry.query(on: db).filter(\.$card.$id == card.requireID())
            .filter(\.$indicator.$id == copied.requireID()).first()!
        let scoring = ScoringCommands(clock: clock)
        _ = try await scoring.selfAssess(
            entry.requireID(), score: "58", statement: "按季学习", evidence: "",
            files: [AttachmentUpload(filename: "记录.pdf", bytes: Data("%PDF-1.4".utf8))], by: liaison, on: db)
        let file = try await AssessmentAttachment.query(on: db).filter(\.$entry.$id == entry.requireID()).first()!
        _ = try await scoring.removeFile(file.requireID(), by: liaison, on: db)
        _ = try await scoring.review(entry.requireID(), decision: "return", reason: "请附记录", by: admin, on: db)
        _ = try await scoring.selfAssess(
            entry.requireID(), score: "58", statement: "按季学习", evidence: "学习记录", by: liaison, on: db)
        _ = try await scoring.review(
            entry.requireID(), decision: "adjust", score: "55", reason: "缺一次", by: admin, on: db)
        let results = ResultCommands(clock: clock)
        let bonus = try await results.addAdjustment(
            to: card.requireID(), kind: "bonus", points: "2", reason: "获省级表彰", by: admin, on: db)
        try await results.removeAdjustment(bonus.requireID(), by: admin, on: db)
        _ = try await results.addAdjustment(
            to: card.requireID(), kind: "deduction", points: "1", reason: "信息报送迟报", by: admin, on: db)
        _ = try await results.close(scheme.requireID(), by: admin, on: db)
        _ = try await results.publish(scheme.requireID(), by: admin, on: db)
        let appeals = AppealCommands(clock: clock)
        let appeal = try await appeals.file(entry.requireID(), reason: "已补记录", evidence: "记录", by: liaison, on: db)
        _ = try await appeals.answer(appeal.requireID(), upheld: true, score: "57", answer: "予以更正", by: admin, on: db)
        let second = try await appeals.file(entry.requireID(), reason: "再申诉", evidence: "", by: liaison, on: db)
        _ = try await appeals.answer(second.requireID(), upheld: false, answer: "依据不足", by: admin, on: db)
        app.clock.advance(by: 10 * 86_400)
        _ = try await results.finalise(scheme.requireID(), by: admin, on: db)
    }
}
