/// Everyday Simplified characters (the most frequent few hundred in modern Chinese prose),
/// used to tell a right decoding from a wrong one. Their Traditional forms are added at
/// run time through OpenCC.
enum CommonCharacters {
    static let simplified = """
        的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后\
        多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合\
        还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只\
        没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边\
        流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研市委书记会议领导\
        工作要求强调指出部署推进落实责任单位重点项目组织召开讲话主持出席宣读通报精神贯彻全面加强完善深入发展建设服务
        """
}
