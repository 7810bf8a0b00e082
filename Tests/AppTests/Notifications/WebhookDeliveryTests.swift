import Domain
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import TestSupport
import Testing
import Vapor

/// A group robot on 127.0.0.1 that records what it is sent and answers like DingTalk.
final class LocalRobot: @unchecked Sendable {
    let app: Application
    let port: Int
    private let received = NIOLockedValueBox<[Data]>([])
    private let failing = NIOLockedValueBox(false)

    var bodies: [Data] { received.withLockedValue { $0 } }

    func fail(_ value: Bool) { failing.withLockedValue { $0 = value } }

    private init(app: Application, port: Int) {
        self.app = app
        self.port = port
    }

    static func start() async throws -> LocalRobot {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let box = NIOLockedValueBox<LocalRobot?>(nil)
        app.post("robot", "send") { req -> Response in
            guard let robot = box.withLockedValue({ $0 }) else { return Response(status: .serviceUnavailable) }
            if robot.failing.withLockedValue({ $0 }) { return Response(status: .internalServerError) }
            robot.received.withLockedValue { $0.append(Data(buffer: req.body.data ?? ByteBuffer())) }
            return Response(status: .ok, body: .init(string: #"{"errcode":0,"errmsg":"ok"}"#))
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let robot = LocalRobot(app: app, port: app.http.server.shared.localAddress!.port!)
        box.withLockedValue { $0 = robot }
        return robot
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}

@Suite struct WebhookDeliveryTests {
    @Test func aSendBackIsPostedToTheUnitsRobotInDingTalkFormatAndRetriedAfterAFailure() async throws {
        let robot = try await LocalRobot.start()
        do {
            try await withTestApp { (app: TestApp) async throws in
                let world = try await World.build(app)
                // The command accepts only the vendors' hosts; the test robot is local, so its row is written directly.
                let hook = UnitWebhook()
                hook.$unit.id = world.unitA.id!
                hook.kind = .dingtalk
                hook.url = "http://127.0.0.1:\(robot.port)/robot/send"
                try await hook.create(on: app.db)

                robot.fail(true)
                let admin = try await app.makeToken(for: world.user(.admin))
                let returned = try await app.client().json(
                    .POST, "/api/v1/reports/\(AccessCases.id(world.reportA))/return",
                    token: admin, body: ["comment": "请补充数据"])
                #expect(returned.status == 200)
                let dispatcher = WebhookDispatcher(clock: app.clock.appClock, sender: app.app.tongxin.webhookSender)
                #expect(try await dispatcher.deliverDue(on: app.db) == 0)
                #expect(try await dispatcher.deliverDue(on: app.db) == 0)  // not due again for a minute
                robot.fail(false)
                app.clock.advance(by: 61)
                #expect(try await dispatcher.deliverDue(on: app.db) == 1)
                #expect(try await dispatcher.deliverDue(on: app.db) == 0)
                let body = try #require(robot.bodies.first)
                let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
                #expect(json["msgtype"] as? String == "markdown")
                let markdown = try #require(json["markdown"] as? [String: Any])
                #expect((markdown["title"] as? String)?.contains("进展报告被退回") == true)
                #expect((markdown["text"] as? String)?.contains("请补充数据") == true)
                #expect(robot.bodies.count == 1)
            }
        } catch {
            try await robot.stop()
            throw error
        }
        try await robot.stop()
    }

    /// Two servers working through one outbox: 100 rounds of two dispatchers racing over the
    /// same database post each of 20 messages exactly once.
    @Test func racingDispatchersPostEachMessageOnce() async throws {
        let robot = try await LocalRobot.start()
        do {
            try await withTestApp { (app: TestApp) async throws in
                let count = 20
                for index in 0..<count {
                    let delivery = WebhookDelivery()
                    delivery.url = "http://127.0.0.1:\(robot.port)/robot/send"
                    delivery.payload = #"{"msgtype":"text","text":{"content":"第\#(index)条"}}"#
                    delivery.attempts = 0
                    delivery.nextAttemptAt = app.clock.appClock.now
                    delivery.lastError = ""
                    delivery.createdAt = app.clock.appClock.now.addingTimeInterval(Double(index))
                    try await delivery.create(on: app.db)
                }
                let node = { WebhookDispatcher(clock: app.clock.appClock, sender: app.app.tongxin.webhookSender) }
                let (first, second) = (node(), node())
                var delivered = 0
                for _ in 0..<100 {
                    async let one = first.deliverDue(on: app.db)
                    async let two = second.deliverDue(on: app.db)
                    delivered += try await one + two
                }
                #expect(delivered == count)
                #expect(robot.bodies.count == count)
                #expect(Set(robot.bodies).count == count, "no message was posted twice")
                let rows = try await WebhookDelivery.query(on: app.db).all()
                #expect(rows.allSatisfy { $0.deliveredAt != nil && $0.attempts == 1 })
            }
        } catch {
            try await robot.stop()
            throw error
        }
        try await robot.stop()
    }

    @Test func theTopBarCountsUnreadMessagesAndOpeningOneMarksItRead() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            _ = try await ReportCommands(clock: app.clock.appClock).sendBack(
                world.reportA.id!, comment: "请补充", by: .system, on: app.db)
            let liaison = try await world.client(.liaison)
            let home = try await liaison.get("/")
            // The World's notice to unit A and this send-back.
            #expect(home.body.contains("消息（2）"))
            let inbox = try await liaison.get("/inbox")
            let message = try #require(
                try await InboxMessage.query(on: app.db).filter(\.$kind == .reportReturned).first())
            #expect(inbox.body.contains("进展报告被退回"))
            let opened = try await liaison.post("/inbox/\(message.id!.uuidString.lowercased())/open", form: [])
            #expect(opened.location == "/tasks/\(AccessCases.id(world.taskA))")
            #expect(try await liaison.get("/").body.contains("消息（1）"))
        }
    }
}
