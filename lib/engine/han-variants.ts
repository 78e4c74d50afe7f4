// Traditional -> Simplified Chinese for the characters that occur in the engine's key terms, so one Simplified
// pattern matches both scripts (柬埔寨金邊 / 柬埔寨金边, 包機票 / 包机票). Not a general converter: only characters
// whose two forms differ and that appear in recruitment vocabulary.

// Pairs written as "TraditionalSimplified", one pair per two characters.
const PAIRS =
  '機机飛飞張张東东邊边緬缅甸甸寮寮國国區区園园團团廠厂務务員员資资經经驗验學学歷历' +
  '無无須须需需費费簽签證证護护號号報报網网絡络聯联繫系係系話话電电線线傳传訊讯語语譯译' +
  '輕轻鬆松賺赚錢钱廣广銷销遊游戲戏貨货幣币虛虚擬拟詐诈騙骗專专車车頭头達达龍龙馬马來来亞亚' +
  '灣湾處处應应場场營营運运業业職职崗岗現现實实際际價价個个們们這这裡里裏里為为們们僅仅' +
  '從从與与歲岁齡龄內内體体齊齐帶带領领擔担負负責责覺觉導导單单雙双舊旧廳厅條条門门點点' +
  '貼贴補补獎奖勵励額额萬万億亿僱雇聘聘試试過过還还禮礼優优厚厚級级輸输贏赢彈弹賭赌幫帮' +
  '窩窝詢询問问請请謝谢讓让說说談谈認认識识訓训練练書书寫写檔档錄录數数據据碼码標标準准' +
  '規规劃划師师醫医藥药衛卫環环節节約约開开關关閉闭進进離离灘滩緊紧急急刪删除除陸陆' +
  '轉转換换邀邀約约屬属僑侨勞劳動动紹绍介介術术維维視视頻频戶户寬宽貸贷債债償偿預预' +
  '淨净穩稳鐘钟點点壓压搶抢劇剧組组訊讯讚赞稱称獲获盤盘莊庄賬账隨随鄰邻雜杂緣缘鄉乡臺台' +
  '蘇苏維维藝艺劍剑檢检驗验飯饭餐餐宿宿舍舍齡龄閒闲獨独' +
  // More characters of the phrases (老撾, 菲律賓, 誘騙, 簡單, 會打字, 電腦, 馬上出發, 聊天記錄, 告訴, 殺豬盤, 被賣, 美金結算).
  '撾挝賓宾貝贝撣掸儀仪搵揾結结誘诱餌饵許许諾诺擾扰計计辦办別别礎础強强養养會会腦脑簡简義义' +
  '紙纸發发盡尽當当時时記记訴诉對对殺杀豬猪沒没毆殴賣卖絕绝傭佣評评間间餘余銀银裝装續续墊垫';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const traditional = chars[i]!;
    const simplified = chars[i + 1]!;
    if (traditional !== simplified) map.set(traditional, simplified);
  }
  return map;
})();
