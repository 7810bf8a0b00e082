import FluentKit
import Foundation

extension DemoCity {
    /// Suggestions from the democratic party's member in each state worth seeing: one closed
    /// with an A answer, adopted, published and a topic of the latest consultation meeting; one
    /// being handled by two units with its answer due in two days; one like the first waiting
    /// for the office (the duplicate check lists the first); and a draft.
    func suggestions() async throws {
        guard let member = people["member-mj"], let leader = people["leader"], let mzj = unitIDs["mzj"],
            let jyj = unitIDs["jyj"],
            let fgw = unitIDs["fgw"], let fgwLiaison = liaisons["fgw"], let jyjLiaison = liaisons["jyj"]
        else {
            throw DomainError.conflict("the demo users are missing")
        }
        let commands = SuggestionCommands(clock: clock)
        func submitted(_ title: String, _ body: String, _ category: SuggestionCategory) async throws -> UUID {
            let id = try await commands.create(
                SuggestionDraft(title: title, body: body, category: category.rawValue, publishConsent: true),
                authorID: nil, by: member, on: db
            ).requireID()
            _ = try await commands.submit(id, cosigners: [], by: member, on: db)
            return id
        }
        let parks = try await submitted(
            "关于在老城区建设口袋公园的建议",
            "老城区居民休闲空间不足。建议利用边角地、闲置地建设口袋公园，配建健身和儿童游乐设施，由街道牵头做好日常管护。", .livelihood)
        _ = try await commands.accept(parks, isKey: true, by: actor, on: db)
        _ = try await commands.instruct(parks, text: "建议很好，请发展改革委会同有关部门研究落实。", by: leader, on: db)
        _ = try await commands.route(parks, lead: fgw, coUnits: [], due: day(20), by: actor, on: db)
        _ = try await commands.answer(
            parks, text: "已将口袋公园建设列入年度城市更新项目，年内建成12处。", answerClass: "A", by: fgwLiaison, on: db)
        _ = try await commands.review(parks, send: true, comment: "", by: actor, on: db)
        _ = try await commands.rate(parks, "satisfied", comment: "答复具体，措施有力。", by: member, on: db)
        _ = try await commands.adopt(parks, adopted: true, by: leader, on: db)
        _ = try await commands.publish(parks, true, by: actor, on: db)
        if let meeting = try await Meeting.query(on: db).filter(\.$kind == .consultation).sort(\.$day, .descending)
            .first()
        {
            _ = try await commands.addTopic(parks, meetingID: meeting.requireID(), by: actor, on: db)
        }

        let migrants = try await submitted(
            "关于加强少数民族流动人口服务管理的建议",
            "建议建立流入地与流出地协作机制，为少数民族流动人口提供就业、子女入学和法律援助服务。", .unitedFront)
        _ = try await commands.accept(migrants, isKey: false, by: actor, on: db)
        _ = try await commands.route(migrants, lead: mzj, coUnits: [jyj], due: day(2), by: actor, on: db)
        _ = try await commands.countersign(migrants, part: "教育局负责随迁子女入学保障。", by: jyjLiaison, on: db)

        _ = try await submitted("关于在老城区多建口袋公园的建议", "老城区居民休闲空间少，建议利用闲置地建设口袋公园，配建健身设施，明确管护责任。", .livelihood)
        _ = try await commands.create(
            SuggestionDraft(
                title: "关于发展夜间经济的建议", body: "（草稿）建议打造特色夜市街区，延长公交运营时间。",
                category: SuggestionCategory.economy.rawValue), authorID: nil, by: member, on: db)
    }
}
