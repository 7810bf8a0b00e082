import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// The duplicate check: earlier suggestions like the text being written, among those the
/// writer may see.
@Suite struct SuggestionSimilarityTests {
    typealias Flow = SuggestionFlowTests

    static let lifts = SuggestionDraft(
        title: "关于加快老旧小区加装电梯的建议",
        body: "我市老旧小区多为多层住宅，老年居民上下楼困难。建议简化加装电梯审批流程，设立财政补贴，协调低层住户利益。",
        category: "livelihood")
    static let waste = SuggestionDraft(
        title: "关于推进垃圾分类的建议", body: "建议在居民小区增设分类投放点，加强宣传引导，建立积分奖励机制。",
        category: "environment")
    static let nights = SuggestionDraft(
        title: "关于发展夜间经济的建议", body: "建议打造特色夜市街区，延长公共交通运营时间，优化夜间消费环境。",
        category: "economy")

    static func submitted(_ draft: SuggestionDraft, by actor: Actor, _ app: TestDomain) async throws -> UUID {
        let commands = SuggestionCommands(clock: app.clock.appClock)
        let id = try await commands.create(draft, authorID: nil, by: actor, on: app.db).requireID()
        _ = try await commands.submit(id, cosigners: [], by: actor, on: app.db)
        return id
    }

    @Test func theSuggestionOnTheSameMatterComesFirstInEitherScriptAndUnrelatedTextFindsNothing() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let lifts = try await Self.submitted(Self.lifts, by: p.author, app)
            _ = try await Self.submitted(Self.waste, by: p.author, app)
            _ = try await Self.submitted(Self.nights, by: p.author, app)
            // A draft on the same matter is nobody's earlier suggestion.
            _ = try await SuggestionCommands(clock: app.clock.appClock).create(
                Self.lifts, authorID: nil, by: p.cosigner, on: app.db)
            let found = try await SuggestionIndex.similar(
                title: "老旧小区加装电梯的几点建议",
                body: "老旧小区居民上下楼困难，加装电梯审批难、资金难，建议政府给予补贴。",
                except: nil, for: p.office, on: app.db)
            #expect(found.compactMap(\.suggestion.id) == [lifts])
            #expect(found.first.map { $0.score >= SuggestionIndex.threshold && $0.score <= 1 } == true)
            let traditional = try await SuggestionIndex.similar(
                title: "關於老舊小區加裝電梯的建議", body: "", except: nil, for: p.office, on: app.db)
            #expect(traditional.compactMap(\.suggestion.id) == [lifts])
            let unrelated = try await SuggestionIndex.similar(
                title: "关于加强非物质文化遗产保护传承的建议", body: "", except: nil,
                for: p.office, on: app.db)
            #expect(unrelated.isEmpty)
            // Its own text does not find itself when it is the one being edited.
            let itself = try await SuggestionIndex.similar(
                title: Self.lifts.title, body: Self.lifts.body, except: lifts, for: p.office,
                on: app.db)
            #expect(!itself.contains { $0.suggestion.id == lifts })
            // Too little text to compare.
            #expect(
                try await SuggestionIndex.similar(title: "电梯", body: "", except: nil, for: p.office, on: app.db).isEmpty
            )
        }
    }

    @Test func aMemberOfAnotherPartyFindsOnlyWhatIsPublished() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let id = try await SuggestionFollowUpTests.answered(app, p)
            let title = "关于设立中小企业转贷资金池的建议"
            let body = "中小企业融资难、转贷成本高，建议设立应急转贷资金池。"
            #expect(
                try await SuggestionIndex.similar(title: title, body: body, except: nil, for: p.outsider, on: app.db)
                    .isEmpty)
            let own = try await SuggestionIndex.similar(
                title: title, body: body, except: nil, for: p.author, on: app.db)
            #expect(own.count == 1 && own.first?.suggestion.id == id && own.first?.publicOnly == false)
            _ = try await SuggestionCommands(clock: app.clock.appClock).publish(id, true, by: p.office, on: app.db)
            let published = try await SuggestionIndex.similar(
                title: title, body: body, except: nil, for: p.outsider, on: app.db)
            #expect(published.count == 1 && published.first?.suggestion.id == id && published.first?.publicOnly == true)
        }
    }
}
