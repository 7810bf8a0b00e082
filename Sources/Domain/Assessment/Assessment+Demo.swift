import FluentKit
import Foundation

extension DemoCity {
    /// The demo's indicators (100 points): organisation scored by hand, the cadre indicator by
    /// 组织部, the work counted from the year's records.
    private static let indicators:
        [(category: String, name: String, rule: String, points: String, metric: AutoMetric?, scorer: String)] = [
            ("组织领导", "理论学习和专题研究", "党委（党组）理论学习中心组每半年专题学习统战理论一次，每少一次扣5分", "15", nil, "office"),
            ("组织领导", "统战工作列入议事日程", "每年专题研究统战工作不少于2次，未研究的不得分", "10", nil, "office"),
            ("干部队伍", "党外干部培养选拔", "按要求配备党外干部，未达到要求的每少1名扣2分", "10", nil, "zzb"),
            ("任务落实", "牵头任务按期完成", "", "20", .tasksOnTime, "office"),
            ("任务落实", "建言按期答复", "", "10", .suggestionsOnTime, "office"),
            ("督查整改", "整改按期销号", "", "10", .rectificationOnTime, "office"),
            ("督查整改", "督办单按期答复", "", "5", .noticesOnTime, "office"),
            ("会议落实", "传达落实按时报送", "", "10", .relaysOnTime, "office"),
            ("会议落实", "会议出席", "", "10", .meetingAttendance, "office"),
        ]

    /// Last year's assessment, final after an appeal, and this year's scheme copied from it and
    /// in self-assessment: one unit reviewed, one waiting for the office, one sent back.
    mutating func assessments() async throws {
        let timeline = DemoTimeline(clock.now)
        let now = clock.now
        func at(_ month: Int, _ day: Int) {
            timeline.set(CalendarDay(year: year, month: month, day: day)!, hour: 10, notAfter: now)
        }
        let schemes = SchemeCommands(clock: timeline.clock)
        let scoring = ScoringCommands(clock: timeline.clock)
        let results = ResultCommands(clock: timeline.clock)
        at(1, 5)
        let past = try await schemes.create(
            SchemeSettings(
                year: year - 1, title: "统战工作目标责任考核", unitKinds: ["member_unit", "county"], grading: "shares",
                gradeBounds: "30,50,20"), by: actor, on: db)
        for indicator in Self.indicators {
            _ = try await schemes.addIndicator(
                to: past.requireID(),
                IndicatorInput(
                    category: indicator.category, name: indicator.name, rule: indicator.rule, points: indicator.points,
                    method: indicator.metric == nil ? "manual" : "auto", metric: indicator.metric?.rawValue ?? "",
                    scorerUnitID: unitIDs[indicator.scorer]), by: actor, on: db)
        }
        _ = try await schemes.issue(past.requireID(), by: actor, on: db)
        at(1, 12)
        let cards = try await AssessmentCard.query(on: db).filter(\.$scheme.$id == past.requireID()).all()
        for (index, card) in cards.enumerated() {
            for entry in try await manualEntries(of: card) {
                let indicator = try await AssessmentIndicator.require(entry.$indicator.id, on: db)
                let claimed = Points(hundredths: indicator.points - (index % 4) * 100)
                _ = try await scoring.selfAssess(
                    entry.requireID(), score: claimed.description, statement: "按方案要求完成，详见佐证材料",
                    evidence: "工作台账\n会议纪要", by: liaison(card.$unit.id), on: db)
                let scorer = indicator.$scorerUnit.id == unitIDs["office"] ? actor : liaison(indicator.$scorerUnit.id!)
                if index % 5 == 2 {
                    _ = try await scoring.review(
                        entry.requireID(), decision: "adjust",
                        score: Points(hundredths: claimed.hundredths - 300).description,
                        reason: "佐证材料不全，酌情扣分", by: scorer, on: db)
                } else {
                    _ = try await scoring.review(entry.requireID(), decision: "accept", by: scorer, on: db)
                }
            }
        }
        if let first = cards.first, let last = cards.last {
            _ = try await results.addAdjustment(
                to: first.requireID(), kind: "bonus", points: "2", reason: "获省级统战工作先进集体表彰", by: actor, on: db)
            _ = try await results.addAdjustment(
                to: last.requireID(), kind: "deduction", points: "1", reason: "信息报送迟报2次", by: actor, on: db)
        }
        at(1, 20)
        _ = try await results.close(past.requireID(), asOf: "\(year - 1)-12-31", by: actor, on: db)
        at(1, 21)
        _ = try await results.publish(past.requireID(), by: actor, on: db)
        if let appealing = cards.first(where: { card in cards.firstIndex { $0.id == card.id }! % 5 == 2 }) {
            at(1, 23)
            let entry = try await manualEntries(of: appealing)[0]
            let appeal = try await AppealCommands(clock: timeline.clock).file(
                entry.requireID(), reason: "第二次专题学习记录已补充上传", evidence: "中心组学习记录（2025年7月）",
                by: liaison(appealing.$unit.id), on: db)
            at(1, 26)
            _ = try await AppealCommands(clock: timeline.clock).answer(
                appeal.requireID(), upheld: true,
                score: (try await AssessmentIndicator.require(entry.$indicator.id, on: db)).maximum.description,
                answer: "经核实，学习记录属实，予以更正", by: actor, on: db)
        }
        at(2, 10)
        // Run in the year's first weeks, the window may still be open: the year stays in 公示.
        _ = try? await results.finalise(past.requireID(), by: actor, on: db)
        try await thisYear(copying: past, timeline: timeline)
    }

    private func thisYear(copying past: AssessmentScheme, timeline: DemoTimeline) async throws {
        let now = clock.now
        timeline.set(CalendarDay(year: year, month: 2, day: 25)!, hour: 10, notAfter: now)
        let schemes = SchemeCommands(clock: timeline.clock)
        let scheme = try await schemes.create(
            SchemeSettings(
                year: year, title: "统战工作目标责任考核", unitKinds: ["member_unit", "county"], grading: "shares",
                gradeBounds: "30,50,20"), copyFrom: past.requireID(), by: actor, on: db)
        _ = try await schemes.issue(scheme.requireID(), by: actor, on: db)
        let scoring = ScoringCommands(clock: timeline.clock)
        for (code, move) in [("tzb", "accept"), ("mzj", "wait"), ("jyj", "return")] {
            guard let card = try await scheme.card(of: unitIDs[code], on: db) else { continue }
            for entry in try await manualEntries(of: card) where try await isOffice(scoring: entry) {
                _ = try await scoring.selfAssess(
                    entry.requireID(), score: "9", statement: "上半年已开展专题学习1次，下半年计划1次",
                    evidence: "中心组学习记录", by: liaison(card.$unit.id), on: db)
                if move == "accept" {
                    _ = try await scoring.review(entry.requireID(), decision: "accept", by: actor, on: db)
                } else if move == "return" {
                    _ = try await scoring.review(
                        entry.requireID(), decision: "return", reason: "请补充学习记录和会议纪要", by: actor, on: db)
                }
            }
        }
    }

    private func manualEntries(of card: AssessmentCard) async throws -> [AssessmentEntry] {
        try await AssessmentEntry.query(on: db).filter(\.$card.$id == card.requireID()).filter(\.$state != .auto).all()
    }

    private func isOffice(scoring entry: AssessmentEntry) async throws -> Bool {
        try await AssessmentIndicator.require(entry.$indicator.id, on: db).$scorerUnit.id == unitIDs["office"]
    }

    /// The unit's demo liaison, or one standing in for a unit without a demo account.
    private func liaison(_ unitID: UUID) -> Actor {
        liaisons.first { $0.value.unitID == unitID }?.value
            ?? Actor(userID: nil, username: "联络员", unitID: unitID, role: .liaison)
    }
}
