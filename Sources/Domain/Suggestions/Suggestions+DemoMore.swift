import FluentKit
import Foundation

extension DemoCity {
    /// How far a demo suggestion has gone.
    enum SuggestionStage: Int {
        case submitted, declined, accepted, routed, answerSubmitted, answered, closed
    }

    /// More suggestions of the year, one or two in every state, routed to units that have a
    /// liaison so that each step is taken by the one who takes it.
    static let moreSuggestions:
        [(title: String, body: String, category: SuggestionCategory, lead: String, stage: SuggestionStage)] = [
            ("关于完善社区养老服务网络的建议", "建议在老旧小区嵌入式建设养老服务站，整合助餐、助浴和日间照料。", .livelihood, "fgw", .closed),
            ("关于加强非遗传承人培养的建议", "建议设立非遗传承人培养专项，支持进校园、进社区开展传习活动。", .culture, "wlj", .closed),
            ("关于推进中小学课后服务提质的建议", "建议统筹社会资源参与课后服务，丰富体育、艺术和科技类课程。", .culture, "jyj", .answered),
            ("关于优化民营企业融资服务的建议", "建议建立政府性融资担保风险补偿机制，扩大首贷、信用贷覆盖面。", .economy, "gsl", .answerSubmitted),
            ("关于建设民族团结进步主题公园的建议", "建议在新区规划建设主题公园，展示各民族交往交流交融的历史。", .unitedFront, "mzj", .routed),
            ("关于加快城市更新中历史街区保护的建议", "建议编制历史街区保护清单，更新改造坚持微改造、留住老街坊。", .environment, "wlj", .routed),
            ("关于加强新就业形态劳动者权益保障的建议", "建议推动平台企业完善用工规则，建设户外劳动者服务站点。", .governance, "tzb", .accepted),
            ("关于在全市推广垃圾分类积分制的建议", "建议以积分兑换激励居民分类投放，配套完善转运处理设施。", .environment, "fgw", .submitted),
            ("关于增设公园夜间照明的建议", "公园晚间照明不足，建议增设照明设施。", .livelihood, "fgw", .declined),
        ]

    func moreSuggestions() async throws {
        guard let member = people["member-mj"] else { throw DomainError.conflict("the demo users are missing") }
        let commands = SuggestionCommands(clock: clock)
        for entry in Self.moreSuggestions {
            let id = try await commands.create(
                SuggestionDraft(
                    title: entry.title, body: entry.body, category: entry.category.rawValue, publishConsent: true),
                authorID: nil, by: member, on: db
            ).requireID()
            _ = try await commands.submit(id, cosigners: [], by: member, on: db)
            if entry.stage == .declined {
                _ = try await commands.decline(id, reason: "已列入相关部门年度工作，不再单独交办。", by: actor, on: db)
                continue
            }
            guard entry.stage.rawValue >= SuggestionStage.accepted.rawValue else { continue }
            _ = try await commands.accept(id, isKey: false, by: actor, on: db)
            guard entry.stage.rawValue >= SuggestionStage.routed.rawValue, let lead = unitIDs[entry.lead],
                let liaison = liaisons[entry.lead]
            else { continue }
            _ = try await commands.route(id, lead: lead, coUnits: [], due: day(15), by: actor, on: db)
            guard entry.stage.rawValue >= SuggestionStage.answerSubmitted.rawValue else { continue }
            _ = try await commands.answer(
                id, text: "已研究提出落实措施，列入年度工作计划推进。", answerClass: entry.stage == .closed ? "A" : "B",
                by: liaison, on: db)
            guard entry.stage.rawValue >= SuggestionStage.answered.rawValue else { continue }
            _ = try await commands.review(id, send: true, comment: "", by: actor, on: db)
            guard entry.stage == .closed else { continue }
            _ = try await commands.rate(id, "satisfied", comment: "答复及时，措施可行。", by: member, on: db)
        }
    }
}
