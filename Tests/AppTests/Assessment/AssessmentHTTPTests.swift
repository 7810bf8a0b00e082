import Domain
import Foundation
import TestSupport
import Testing

/// The assessment over real HTTP: a unit's self-assessment and the scorer's decision, the
/// check before issue, an appeal upheld during 公示, the window, finalising, and the exports.
@Suite struct AssessmentHTTPTests {
    static func path(_ id: UUID?) -> String { id!.uuidString.lowercased() }

    @Test func aUnitAssessesItselfAndTheScorerDecides() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let (liaison, office) = (try await world.client(.liaison), try await world.client(.admin))
            let entry = Self.path(world.assessment.entryA.id)
            let assessed = try await liaison.json(
                .POST, "/api/v1/assessments/entries/\(entry)/self", token: nil,
                body: ["score": 55.5, "statement": "全年专题学习4次", "evidence": "/meetings/\(Self.path(world.meeting.id))"])
            #expect(assessed.status == 200, "\(assessed.body)")
            let line = try #require(
                (try assessed.object()["lines"] as? [[String: Any]])?.first {
                    $0["entryId"] as? String == world.assessment.entryA.id!.uuidString
                })
            #expect(line["state"] as? String == "submitted" && line["selfScore"] as? String == "55.50")
            // More than the indicator's points, or three decimals, is refused with the field named.
            let tooMuch = try await liaison.json(
                .POST, "/api/v1/assessments/entries/\(entry)/self", token: nil,
                body: ["score": "60.5", "statement": "多报"])
            #expect(tooMuch.status == 422 && tooMuch.body.contains("score") && tooMuch.body.contains("60.00"))
            #expect(
                try await liaison.json(
                    .POST, "/api/v1/assessments/entries/\(entry)/self", token: nil,
                    body: ["score": "1.234", "statement": "x"]
                )
                .status == 422)
            // The unit does not score itself; the office adjusts with a reason.
            #expect(
                try await liaison.json(
                    .POST, "/api/v1/assessments/entries/\(entry)/review", token: nil, body: ["decision": "accept"]
                )
                .status == 403)
            let noReason = try await office.json(
                .POST, "/api/v1/assessments/entries/\(entry)/review", token: nil,
                body: ["decision": "adjust", "score": "50"])
            #expect(noReason.status == 422 && noReason.body.contains("调整理由"))
            let adjusted = try await office.json(
                .POST, "/api/v1/assessments/entries/\(entry)/review", token: nil,
                body: ["decision": "adjust", "score": "50", "reason": "缺第三季度学习记录"])
            #expect(adjusted.status == 200, "\(adjusted.body)")
            // The unit hears of the change to its score, with the reason.
            let inbox = try await liaison.json(.GET, "/api/v1/inbox", token: nil).object()
            let heard = (inbox["items"] as? [[String: Any]] ?? []).filter {
                $0["kind"] as? String == "assessment_reviewed"
            }
            #expect(heard.count == 1 && (heard.first?["title"] as? String)?.contains("调整为50.00分") == true)
            // The liaison sees the decision on its card, and may not see this year's ranking yet.
            let card = try await liaison.get("/assessments/cards/\(Self.path(world.assessment.cardA.id))").body
            #expect(card.contains("已调整") && card.contains("缺第三季度学习记录") && card.contains("50.00"))
            #expect(
                try await liaison.get("/assessments/\(Self.path(world.assessment.scheme.id))/ranking").status == 403)
            #expect(try await liaison.get("/assessments/\(Self.path(world.assessment.past.id))/ranking").status == 200)
            #expect(try await liaison.get("/assessments/cards/\(Self.path(world.assessment.cardB.id))").status == 403)
            // Unit B's self-assessment waits on the office's 待办 and its scoring queue.
            let todo = try await office.json(.GET, "/api/v1/todo?kind=self_assessment_to_review", token: nil).object()
            #expect((todo["items"] as? [[String: Any]])?.count == 1)
            let queue = try await office.get("/assessments/queue").body
            #expect(queue.contains("乙单位") && queue.contains("理论学习"))
        }
    }

    @Test func aSchemeThatDoesNotAddUpIsNotIssuedAndTheErrorNamesTheIndicator() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let created = try await office.json(
                .POST, "/api/v1/assessments", token: nil,
                body: ["year": 2027, "title": "考核方案", "unitKinds": ["member_unit"]])
            #expect(created.status == 201, "\(created.body)")
            let id = try #require((try created.object()["scheme"] as? [String: Any])?["id"] as? String)
            let added = try await office.json(
                .POST, "/api/v1/assessments/\(id)/indicators", token: nil,
                body: ["category": "组织领导", "name": "理论学习", "points": 60, "method": "manual"])
            #expect(added.status == 201, "\(added.body)")
            let issued = try await office.json(
                .POST, "/api/v1/assessments/\(id)/issue", token: nil, body: [String: Any]())
            #expect(issued.status == 422)
            #expect(issued.body.contains("指标“理论学习”没有评分单位") && issued.body.contains("60.00分"))
            let wrongKind = try await office.json(
                .POST, "/api/v1/assessments/\(id)/indicators", token: nil,
                body: ["category": "任务", "name": "按期完成", "points": 40, "method": "automatic"])
            #expect(wrongKind.status == 422 && wrongKind.body.contains("auto") && wrongKind.body.contains("manual"))
        }
    }

    @Test func anUpheldAppealChangesTheScoreAndTheRankThenTheYearIsFinal() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let past = Self.path(world.assessment.past.id)
            func result(_ unit: OrgUnit) async throws -> [String: Any] {
                let ranking = try await office.json(.GET, "/api/v1/assessments/\(past)/ranking", token: nil).object()
                return try #require(
                    (ranking["results"] as? [[String: Any]])?.first { $0["unitName"] as? String == unit.name })
            }
            // Both units scored 0 on the manual 60 and full 40: tied first.
            #expect(try await result(world.unitA)["rank"] as? Int == 1)
            #expect(
                try await office.json(.POST, "/api/v1/assessments/\(past)/finalise", token: nil, body: [String: Any]())
                    .status == 409)
            let answered = try await office.json(
                .POST, "/api/v1/assessments/appeals/\(Self.path(world.assessment.appeal.id))/answer", token: nil,
                body: ["upheld": true, "score": "58", "answer": "记录属实，予以更正"])
            #expect(answered.status == 200, "\(answered.body)")
            let a = try await result(world.unitA)
            let b = try await result(world.unitB)
            #expect(a["total"] as? String == "98.00" && a["rank"] as? Int == 1 && b["rank"] as? Int == 2)
            let audit = try await office.get("/audit?action=assessment.rescore").body
            #expect(audit.contains("0.00") && audit.contains("58.00"))
            // After the window: no new appeal, and the year is final.
            app.clock.advance(by: 10 * 86_400)
            let (officeLater, liaisonLater) = (try await world.client(.admin), try await world.client(.liaison))
            let late = try await liaisonLater.json(
                .POST, "/api/v1/assessments/entries/\(Self.path(world.assessment.pastEntryA.id))/appeal", token: nil,
                body: ["reason": "迟到的申诉"])
            #expect(late.status == 409 && late.body.contains("不再受理申诉"))
            let final = try await officeLater.json(
                .POST, "/api/v1/assessments/\(past)/finalise", token: nil, body: [String: Any]())
            #expect(final.status == 200 && final.body.contains("\"final\""))
        }
    }

    @Test func theRankingAndACardExportAndPrint() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let ranking = try await office.get(
                "/assessments/\(Self.path(world.assessment.past.id))/ranking?format=xlsx")
            #expect(ranking.status == 200 && Array(ranking.bytes.prefix(2)) == Array("PK".utf8))
            let card = try await office.get("/assessments/cards/\(Self.path(world.assessment.cardA.id))?format=csv")
            #expect(card.status == 200 && card.body.contains("理论学习") && card.body.contains("加分"))
            let printed = try await office.get(
                "/assessments/\(Self.path(world.assessment.past.id))/ranking?format=print"
            ).body
            #expect(
                printed.contains("data-print-now") && printed.contains("print-landscape") && printed.contains("<svg"))
            let scheme = try await office.get("/assessments/\(Self.path(world.assessment.scheme.id))?format=xlsx")
            #expect(scheme.status == 200 && Array(scheme.bytes.prefix(2)) == Array("PK".utf8))
        }
    }
}

/// A draft's indicators from a table: the scheme's own export imports back, and a bad table is
/// refused whole with each problem's row named.
@Suite struct IndicatorImportTests {
    @Test func theExportImportsBackAndABadTableIsRefusedWhole() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let created = try await office.json(
                .POST, "/api/v1/assessments", token: nil,
                body: ["year": 2027, "title": "考核方案", "unitKinds": ["member_unit"]])
            let draft = try #require((try created.object()["scheme"] as? [String: Any])?["id"] as? String)
            // Last year's scheme (two indicators, scored by the office) as the template.
            let template = try await office.get(
                "/assessments/\(world.assessment.scheme.id!.uuidString.lowercased())?format=csv")
            #expect(template.status == 200 && template.body.contains("系统自动计算") && template.body.contains("牵头任务按期完成率"))
            let imported = try await office.upload(
                "/api/v1/assessments/\(draft)/import", file: Array(template.body.utf8), filename: "指标.csv")
            #expect(imported.status == 200, "\(imported.body)")
            let indicators = try imported.object()["indicators"] as? [[String: Any]] ?? []
            #expect(indicators.map { $0["name"] as? String } == ["理论学习", "任务按期完成"])
            #expect(
                indicators.last?["metric"] as? String == "tasks_on_time"
                    && indicators.last?["points"] as? String == "40.00")
            #expect((try imported.object()["problems"] as? [String])?.isEmpty == true)
            let bad = "类别,指标,分值,评分方式,计算口径,评分单位\n组织领导,理论学习,六十,自评＋审核,,领导小组办公室\n任务,按期完成,40,系统自动计算,按时率,不存在的单位\n"
            let refused = try await office.upload(
                "/api/v1/assessments/\(draft)/import", file: Array(bad.utf8), filename: "bad.csv")
            #expect(refused.status == 422)
            #expect(refused.body.contains("第2行") && refused.body.contains("第3行") && refused.body.contains("不存在的单位"))
            let after = try await office.json(.GET, "/api/v1/assessments/\(draft)", token: nil).object()
            #expect((after["indicators"] as? [[String: Any]])?.count == 2)
        }
    }
}

/// Evidence files go with a self-assessment, from the form or as base64 in JSON, and are read
/// by whoever reads the card.
@Suite struct EvidenceFileTests {
    @Test func filesGoWithTheSelfAssessmentAndAreReadLikeTheCard() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            let entry = world.assessment.entryA.id!.uuidString.lowercased()
            let card = "/assessments/cards/\(world.assessment.cardA.id!.uuidString.lowercased())"
            let posted = try await liaison.upload(
                "/assessments/entries/\(entry)/self", file: Array("%PDF-1.4 调研报告".utf8), filename: "调研报告.pdf",
                field: "files[]", fields: [("score", "55"), ("statement", "形成调研报告1篇"), ("evidence", "")])
            #expect(posted.status == 303 && posted.location == card, "\(posted.status) \(posted.body)")
            let json = try await liaison.json(
                .POST, "/api/v1/assessments/entries/\(entry)/self", token: nil,
                body: [
                    "score": "56", "statement": "补充材料",
                    "attachments": [
                        ["filename": "照片.jpg", "contentBase64": Data([0xFF, 0xD8, 0xFF, 0xE0]).base64EncodedString()]
                    ],
                ])
            #expect(json.status == 200, "\(json.body)")
            let line = try #require(
                (try json.object()["lines"] as? [[String: Any]])?.first {
                    $0["entryId"] as? String == world.assessment.entryA.id!.uuidString
                })
            let names = (line["files"] as? [[String: Any]] ?? []).compactMap { $0["filename"] as? String }
            // The two the world gave it, and the two above.
            #expect(Set(names) == ["学习记录.pdf", "会议纪要.pdf", "调研报告.pdf", "照片.jpg"])
            let report = try #require(
                (line["files"] as? [[String: Any]])?.first { $0["filename"] as? String == "调研报告.pdf" })
            let path = "/assessments/files/\((report["id"] as? String ?? "").lowercased())"
            let office = try await world.client(.admin)
            let download = try await office.get(path)
            #expect(download.status == 200 && download.body.contains("调研报告"))
            #expect(try await office.get(card).body.contains("调研报告.pdf"))
            // A fifth file would pass the limit of five an indicator, an .exe is refused by its kind.
            let tooMany = try await liaison.upload(
                "/api/v1/assessments/entries/\(entry)/self",
                files: [("files[]", "五.pdf", Array("%PDF".utf8)), ("files[]", "六.pdf", Array("%PDF".utf8))],
                fields: [("score", "56"), ("statement", "再补充")])
            #expect(tooMany.status == 422 && tooMany.body.contains("5"), "\(tooMany.body)")
            // Unit B's viewer may not read unit A's evidence.
            let stranger = try await app.signedInClient(world.userB.username, password: World.password)
            #expect(try await stranger.get(path).status == 403)
        }
    }
}
