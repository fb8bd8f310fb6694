import { describe, expect, it } from 'vitest';
import { readTsv } from './read-delimited.ts';
import { checkReport } from './report-check.ts';
import { importReportTable } from './report-table/import-report-table.ts';

/**
 * Round ap of issue 24: made-up progress tables of the plan kinds a planning division imports
 * (障害福祉計画, 介護保険事業計画, 環境基本計画, 健康増進計画, 農業・産地, 国土強靱化地域計画,
 * 定員適正化計画, 財政健全化 / 経営戦略), each rate computed by us from its figures. Each is read
 * as a city would upload it, and the reading is held to what its printed rates say.
 */
const TABLES: Record<string, string> = {
  'kaigo-8ki-r5.tsv': [
    '第8期介護保険事業計画 計画値と実績値の比較（令和3年度〜令和5年度）',
    '区分\t単位\t令和3年度\t\t\t令和4年度\t\t\t令和5年度\t\t',
    '\t\t計画値\t実績値\t対計画比\t計画値\t実績値\t対計画比\t計画値\t実績値\t対計画比',
    '第1号被保険者数\t人\t24,510\t24,623\t100.5%\t24,680\t24,702\t100.1%\t24,820\t24,791\t99.9%',
    '要介護（要支援）認定者数\t人\t4,620\t4,511\t97.6%\t4,730\t4,598\t97.2%\t4,850\t4,702\t96.9%',
    '介護給付費\t千円\t6,512,000\t6,398,120\t98.3%\t6,745,000\t6,611,870\t98.0%\t6,982,000\t6,874,330\t98.5%',
    '※令和5年度は見込み',
  ].join('\n'),
  'kaigo-jiritsu-r4.tsv': [
    '令和4年度 自立支援・重度化防止等に関する取組と目標の評価',
    '取組\t指標\t単位\t目標値（令和5年度）\t実績値（令和4年度）\t達成率\t自己評価',
    '介護予防の推進\t通いの場の参加者数\t人\t1,200\t1,046\t87.2\t○',
    '介護予防の推進\t通いの場の箇所数\t箇所\t60\t52\t86.7\t○',
    '認知症施策\t認知症サポーター養成数（累計）\t人\t8,000\t7,350\t91.9\t◎',
    'ケアマネジメント支援\t地域ケア会議の開催回数\t回\t24\t15\t62.5\t△',
    '※評価 ◎：順調 ○：概ね順調 △：やや遅れ',
  ].join('\n'),
  'kaigo-kyufu-2023.tsv': [
    '2023年度 介護保険事業の実施状況',
    '標準給付費の計画対比',
    '項目\t計画\t実績\t差異\t対計画比',
    '施設サービス給付費\t1,845,200千円\t1,790,332千円\t△54,868千円\t97.0%',
    '居住系サービス給付費\t612,300千円\t598,771千円\t△13,529千円\t97.7%',
    '在宅サービス給付費\t2,310,400千円\t2,244,918千円\t△65,482千円\t97.1%',
  ].join('\n'),
  'kaigo-lines-r4.tsv': [
    '介護保険事業計画 進捗管理シート（令和4年度）',
    '項目\t\t令和3年度\t令和4年度',
    '要介護認定率（%）\t計画値\t18.5\t18.9',
    '\t実績値\t18.1\t18.4',
    '\t対計画比\t97.8%\t97.4%',
    '介護予防サービス受給者数（人）\t計画値\t612\t640',
    '\t実績値\t587\t603',
    '\t対計画比\t95.9%\t94.2%',
  ].join('\n'),
  'kaigo-service-r4.tsv': [
    '令和4年度 居宅サービス給付費の計画と実績',
    '（単位：千円）',
    'サービス\t計画値(A)\t実績値(B)\t対計画比(B/A)',
    '訪問介護\t412,340\t398,120\t96.6',
    '訪問看護\t98,760\t104,215\t105.5',
    '通所介護\t765,430\t712,866\t93.1',
    '短期入所生活介護\t234,500\t219,870\t93.8',
    '福祉用具貸与\t88,900\t93,412\t105.1',
    '合計\t1,599,930\t1,528,483\t95.5',
  ].join('\n'),
  'kankyo-chokkin-h30.tsv': [
    '平成30年度 環境基本計画 年次報告 指標一覧',
    'No.\t指標\t計画策定時\t直近値\t目標値（平成33年度）\t達成度',
    '1\t森林整備面積（累計）\t1,250ha\t1,830ha\t2,500ha\t73.2%',
    '2\t環境学習講座の参加者数\t1,520人\t1,684人\t2,000人\t84.2%',
    '3\t低公害車の導入台数（公用車）\t12台\t21台\t30台\t70.0%',
    '4\t河川のBOD環境基準達成地点数\t8地点\t9地点\t10地点\t90.0%',
  ].join('\n'),
  'kankyo-ghg-2021.tsv': [
    '温室効果ガス排出量の推移（2021年度）',
    '単位：千t-CO2',
    '部門\t基準年度（2013年度）\t2021年度\t削減率（基準年度比）',
    '産業部門\t412.5\t351.2\t14.9%',
    '業務その他部門\t188.3\t160.4\t14.8%',
    '家庭部門\t201.7\t172.9\t14.3%',
    '運輸部門\t165.2\t150.8\t8.7%',
    '廃棄物部門\t12.1\t11.6\t4.1%',
    '合計\t979.8\t846.9\t13.6%',
    '※削減率＝（基準年度排出量−2021年度排出量）÷基準年度排出量',
  ].join('\n'),
  'kankyo-gomi-r5.tsv': [
    '令和5年度 一般廃棄物処理基本計画 目標の達成状況',
    '指標\t策定時（平成29年度）\t現況値（令和4年度）\t目標値（令和9年度）\t達成率',
    'ごみ総排出量\t45,210t\t42,880t\t40,000t\t44.7%',
    '最終処分量\t3,420t\t2,985t\t2,800t\t70.2%',
    '資源化率\t21.3%\t23.8%\t27.0%\t43.9%',
  ].join('\n'),
  'kankyo-mokuhyo-sakugen-2022.tsv': [
    '2022年度 地球温暖化対策実行計画 進捗状況',
    '（単位：千t-CO2）',
    '区分\t基準年度（2013年度）排出量\t2020年度排出量\t削減率\t目標削減率（2030年度）\t達成率',
    '市域全体\t1250.4\t1012.8\t19.0%\t46%\t41.3%',
    '市の事務事業\t18.62\t14.35\t22.9%\t50%\t45.8%',
    '※達成率＝削減率÷目標削減率',
  ].join('\n'),
  'kankyo-shihyo-r4.tsv': [
    '令和4年度 環境基本計画 環境指標の進捗状況',
    '環境指標\t単位\t基準年度\t基準値\t現状値（令和4年度）\t目標値（令和12年度）\t進捗率',
    '市民一人1日当たりのごみ排出量\tg\t平成30年度\t912\t868\t800\t39.3%',
    'リサイクル率\t%\t平成30年度\t18.4\t20.1\t25.0\t25.8%',
    '公共用水域の環境基準達成率\t%\t平成30年度\t75.0\t83.3\t100\t33.2%',
    '市内の太陽光発電設備導入容量\tkW\t平成30年度\t12,400\t18,950\t30,000\t37.2%',
    '※進捗率＝（現状値−基準値）÷（目標値−基準値）×100',
  ].join('\n'),
  'keiei-senryaku-2022.tsv': [
    '水道事業経営戦略 投資・財政計画と実績の比較（2022年度）',
    '項目\t単位\t計画値（A）\t実績値（B）\t乖離（B−A）\t乖離率（（B−A）/A）',
    '給水収益\t千円\t1,245,000\t1,231,870\t△13,130\t△1.1%',
    '有収水量\t千㎥\t8,420\t8,302\t△118\t△1.4%',
    '有収率\t%\t91.0\t90.4\t△0.6\t△0.7%',
    '企業債残高\t千円\t6,820,000\t6,754,300\t△65,700\t△1.0%',
  ].join('\n'),
  'keiei-years-r4.tsv': [
    '下水道事業経営戦略 計画と実績の比較',
    '項目\t単位\t令和2年度\t\t\t令和3年度\t\t\t令和4年度\t\t',
    '\t\t計画\t実績\t乖離率\t計画\t実績\t乖離率\t計画\t実績\t乖離率',
    '料金回収率\t%\t98.5\t97.2\t△1.3\t99.0\t98.1\t△0.9\t99.5\t100.3\t0.8',
    '経常収支比率\t%\t105.2\t103.8\t△1.3\t105.8\t104.1\t△1.6\t106.0\t106.9\t0.8',
    '※乖離率＝（実績−計画）÷計画×100（%）',
  ].join('\n'),
  'kenko-baseline-2023.tsv': [
    '2023年度 健康日本21市町村計画 指標の評価',
    '項目\tベースライン値\t直近値\t目標\t評価',
    'がん検診受診率（胃がん）\t8.2%\t9.6%\t40%\t改善',
    'がん検診受診率（大腸がん）\t14.1%\t12.8%\t40%\t悪化',
    '特定健康診査受診率\t38.5%\t44.2%\t60%\t改善',
    '特定保健指導実施率\t21.0%\t20.6%\t60%\t変わらない',
    '自殺死亡率（人口10万対）\t21.8\t17.3\t13.0以下\t改善',
  ].join('\n'),
  'kenko-chukan-r4.tsv': [
    '健康増進計画 中間評価 指標の達成状況（令和4年度）',
    '指標\t計画策定時（平成30年度）\t現状値（令和4年度）\t目標値（令和10年度）\t達成率\t評価',
    '成人の喫煙率（男性）\t28.4%\t24.9%\t20.0%\t41.7%\t△',
    '週1回以上運動する人の割合\t41.2%\t47.8%\t55.0%\t47.8%\t△',
    '歯周病検診受診率\t6.5%\t5.9%\t15.0%\t-7.1%\t×',
    '低出生体重児の割合\t9.8%\t9.1%\t8.0%\t38.9%\t△',
    '※評価 ◎：目標達成 ○：50%以上 △：50%未満 ×：悪化',
  ].join('\n'),
  'kenko-hyoka-r5.tsv': [
    '健康増進計画（第2次） 最終評価（令和5年度）',
    '分野\t指標\t策定時（平成25年度）\t中間評価（平成30年度）\t最終評価（令和5年度）\t目標値\t評価',
    '栄養・食生活\t朝食を欠食する20歳代男性の割合\t32.1%\t28.4%\t24.7%\t15%以下\tB',
    '栄養・食生活\t肥満者（BMI25以上）の割合（40〜60歳代男性）\t31.5%\t33.0%\t34.2%\t28%以下\tD',
    '身体活動・運動\t1日30分以上の運動を週2回以上する人の割合\t38.2%\t41.0%\t45.6%\t45%以上\tA',
    '喫煙\t成人の喫煙率\t18.9%\t16.2%\t14.8%\t12%以下\tB',
    '歯・口腔\t80歳で20歯以上自分の歯を有する人の割合\t38.0%\t―\t51.2%\t50%以上\tA',
    '休養\t睡眠による休養を十分とれていない人の割合\t22.4%\t23.1%\t22.6%\t15%以下\tC',
    '※評価区分 A：目標値に達した B：目標値に達していないが改善傾向にある C：変わらない D：悪化している E：評価困難',
  ].join('\n'),
  'kenko-tasseido-h30.tsv': [
    '平成30年度 健康づくり計画 中間評価',
    '指標\t策定時\t中間評価値\t目標値\t達成度\t評価区分',
    '3歳児でむし歯のない者の割合\t78.4%\t84.1%\t90.0%\t49.1%\tB',
    '妊娠中の喫煙率\t4.8%\t2.1%\t0%\t56.3%\tB',
    '運動習慣者の割合\t26.0%\t31.5%\t30.0%\t137.5%\tA',
    '生活習慣病のリスクを高める量を飲酒している者の割合\t14.2%\t15.0%\t12.0%\t-36.4%\tD',
    '※達成度＝（中間評価値−策定時）÷（目標値−策定時）×100',
    '※評価区分 A：達成 B：改善 C：変化なし D：悪化',
  ].join('\n'),
  'kyoujinka-hyoka-2022.tsv': [
    '2022年度 強靱化アクションプラン 評価',
    'No.\tKPI\t当初値\t最新値\t目標値\t達成率\t評価',
    '1\t自主防災組織の組織率\t78.5%\t84.0%\t90.0%\t93.3\t概ね順調',
    '2\t防災士の人数\t45人\t92人\t150人\t61.3\t遅れ',
    '3\t橋梁の長寿命化修繕実施数（累計）\t5橋\t19橋\t25橋\t76.0\t順調',
    '4\t水道管路の耐震化率\t18.2%\t22.6%\t30.0%\t75.3\t遅れ',
    '※評価 順調：80%以上 概ね順調：60%以上80%未満 遅れ：60%未満',
  ].join('\n'),
  'kyoujinka-kpi-r5.tsv': [
    '令和5年度 国土強靱化地域計画 進捗管理表（KPI）',
    'リスクシナリオ\tKPI\t現状値（策定時）\t目標値（令和7年度）\t最新値\t進捗',
    '1-1 住宅・建物の倒壊\t住宅の耐震化率\t85.0%（R2）\t95%\t89.4%（R4）\t94.1%',
    '1-1 住宅・建物の倒壊\t緊急輸送道路沿道建築物の耐震化率\t62.0%（R2）\t80%\t70.5%（R4）\t88.1%',
    '1-3 浸水被害\t雨水管渠整備率\t48.2%（R2）\t55%\t51.0%（R4）\t92.7%',
    '2-1 物資供給の停止\t備蓄食料の確保数（食）\t32,000（R2）\t50,000\t44,500（R4）\t89.0%',
  ].join('\n'),
  'kyoujinka-prog-r4.tsv': [
    '令和4年度 地域強靱化計画 重要業績指標の進捗状況',
    '施策分野\t指標\t単位\t策定時\t現状値（令和5年3月末）\t目標値（令和7年度）\t進捗率',
    '行政機能\t業務継続計画（BCP）策定済み部署の割合\t%\t40\t75\t100\t58.3',
    '住宅・都市\t空き家の除却件数（累計）\t件\t12\t41\t60\t60.4',
    '保健医療・福祉\t福祉避難所の指定数\t箇所\t8\t13\t20\t41.7',
    '国土保全\t土砂災害ハザードマップ配布率\t%\t60\t88\t100\t70.0',
    '※進捗率＝（現状値−策定時）÷（目標値−策定時）×100',
  ].join('\n'),
  'nogyo-shinko-r4.tsv': [
    '令和4年度 農業振興計画 数値目標の到達状況',
    '指標\t単位\t基準値（平成30年）\t目標値（令和5年）\t到達値（令和4年）\t達成率',
    '認定農業者数\t経営体\t312\t350\t341\t97.4',
    '新規就農者数（累計）\t人\t0\t50\t37\t74.0',
    '農地集積率\t%\t42.6\t60.0\t53.9\t89.8',
    '荒廃農地面積\tha\t85.2\t60.0\t71.4\t84.0',
    '※達成率は小数点第2位以下切り捨て。荒廃農地面積は目標値÷到達値で算出。',
  ].join('\n'),
  'sanchi-power-r5.tsv': [
    '令和5年度 産地パワーアップ事業 成果目標の達成状況',
    '取組主体\t品目\t成果目標\t基準年（令和2年度）\t目標年（令和6年度）\t実績（令和5年度）\t達成率',
    '○○農業協同組合\tいちご\t販売額の増加（千円）\t182,400\t210,000\t204,330\t79.5%',
    '○○農業協同組合\tトマト\t出荷量の増加（t）\t1,240\t1,400\t1,318\t48.8%',
    '△△生産組合\t水稲\t生産コストの削減（円/60kg）\t13,200\t11,880\t12,210\t75.0%',
    '※達成率＝（実績−基準）÷（目標−基準）×100',
  ].join('\n'),
  'sanchi-ratio-2023.tsv': [
    '2023年度 強い農業づくり交付金 事業評価',
    '事業実施主体\t成果目標の内容\t目標値\t実績値\t達成率\t評価',
    '□□集出荷組合\t出荷量 3,600t\t3,600t\t3,412t\t94.8%\tA',
    '□□集出荷組合\t契約取引割合 60%\t60%\t55%\t91.7%\tB',
    '◇◇営農組合\t販売額 95,000千円\t95,000千円\t98,760千円\t104.0%\tA',
  ].join('\n'),
  'shougai-3years-r5.tsv': [
    '第6期障害福祉計画 活動指標の進捗状況（令和3年度〜令和5年度）',
    'サービス種別\t単位\t令和3年度\t\t\t令和4年度\t\t\t令和5年度\t\t',
    '\t\t見込量\t実績\t達成率\t見込量\t実績\t達成率\t見込量\t実績\t達成率',
    '生活介護\t人/月\t215\t209\t97.2%\t218\t214\t98.2%\t221\t220\t99.5%',
    '自立訓練（生活訓練）\t人/月\t12\t8\t66.7%\t13\t9\t69.2%\t14\t11\t78.6%',
    '就労定着支援\t人/月\t18\t21\t116.7%\t20\t19\t95.0%\t22\t24\t109.1%',
    '施設入所支援\t人/月\t98\t99\t101.0%\t97\t97\t100.0%\t96\t98\t102.1%',
    '※達成率＝実績÷見込量×100',
  ].join('\n'),
  'shougai-jido-2022.tsv': [
    '2022年度 障害児福祉計画 サービス見込量と実績',
    '区分\t計画値\t実績値\t計画比',
    '児童発達支援\t1,250人日/月\t1,312人日/月\t104.9%',
    '放課後等デイサービス\t3,400人日/月\t3,187人日/月\t93.7%',
    '保育所等訪問支援\t45人日/月\t31人日/月\t68.8%',
    '障害児相談支援\t96人/月\t88人/月\t91.6%',
    '※計画比は小数点第2位以下を切り捨て。',
  ].join('\n'),
  'shougai-lines-r4.tsv': [
    '第6期障害福祉計画 サービス見込量と実績の推移',
    'サービス名\t区分\t令和3年度\t令和4年度\t令和5年度',
    '居宅介護（時間/月）\t見込量\t2,300\t2,380\t2,450',
    '\t実績\t2,156\t2,210\t',
    '\t割合\t93.7%\t92.9%\t',
    '短期入所（人日/月）\t見込量\t380\t395\t410',
    '\t実績\t301\t342\t',
    '\t割合\t79.2%\t86.6%\t',
    '※令和5年度の実績は集計中',
  ].join('\n'),
  'shougai-mikomi-r4.tsv': [
    '令和4年度 障害福祉サービス等の見込量と実績（第6期障害福祉計画）',
    'サービス名\t単位\t見込量\t実績\t見込量に対する実績の割合',
    '居宅介護\t時間/月\t2,450\t2,198\t89.7%',
    '重度訪問介護\t時間/月\t860\t912\t106.0%',
    '生活介護\t人日/月\t4,620\t4,485\t97.1%',
    '就労移行支援\t人/月\t38\t29\t76.3%',
    '就労継続支援（B型）\t人/月\t312\t327\t104.8%',
    '短期入所（福祉型）\t人日/月\t410\t268\t65.4%',
    '共同生活援助\t人/月\t145\t151\t104.1%',
    '計画相談支援\t人/月\t220\t204\t92.7%',
    '※実績は令和5年3月の1か月分の利用実績です。',
    '※割合は小数点第2位を四捨五入しています。',
  ].join('\n'),
  'shougai-seika-r4.tsv': [
    '第6期 障害福祉計画 成果目標の達成状況（令和4年度末時点）',
    '成果目標\t基準値（令和元年度末）\t目標値（令和5年度末）\t実績（令和4年度末）\t進捗率',
    '施設入所者の地域生活への移行者数\t―\t8人\t5人\t62.5%',
    '福祉施設から一般就労への移行者数\t12人\t18人\t15人\t83.3%',
    '就労移行支援事業利用者の一般就労移行者数\t7人\t10人\t9人\t90.0%',
    '地域生活支援拠点等の整備（箇所）\t0箇所\t1箇所\t1箇所\t100.0%',
    '※進捗率は目標値に対する実績の割合（実績÷目標値）。',
  ].join('\n'),
  'teiin-bumon-r5.tsv': [
    '令和5年度 定員管理の状況',
    '（単位：人）',
    '部門\t令和元年4月1日（基準）\t令和5年4月1日 目標\t令和5年4月1日 実績\t削減数\t削減率',
    '一般行政部門\t352\t340\t338\t14\t4.0%',
    '教育部門\t78\t74\t75\t3\t3.8%',
    '消防部門\t96\t96\t96\t0\t0.0%',
    '公営企業等会計部門\t41\t37\t38\t3\t7.3%',
    '合計\t567\t547\t547\t20\t3.5%',
  ].join('\n'),
  'teiin-dates-r5.tsv': [
    '定員適正化計画の進捗状況（普通会計）',
    '区分\tH31.4.1\tR2.4.1\tR3.4.1\tR4.4.1\tR5.4.1',
    '計画職員数\t520人\t514人\t508人\t502人\t496人',
    '実職員数\t520人\t517人\t509人\t505人\t498人',
    '計画との差\t0\t+3\t+1\t+3\t+2',
    '※各年4月1日現在の職員数',
  ].join('\n'),
  'teiin-keikaku-r5.tsv': [
    '第4次定員適正化計画 進捗状況（令和5年4月1日現在）',
    '年度（各年4月1日）\t計画職員数\t実職員数\t計画との差\t削減数（累計）\t削減率',
    '令和元年\t486人\t486人\t0人\t0人\t0.00%',
    '令和2年\t480人\t482人\t+2人\t4人\t0.82%',
    '令和3年\t474人\t476人\t+2人\t10人\t2.06%',
    '令和4年\t468人\t469人\t+1人\t17人\t3.50%',
    '令和5年\t462人\t461人\t△1人\t25人\t5.14%',
    '※削減率は令和元年4月1日の職員数（486人）に対する削減数の割合。',
  ].join('\n'),
  'teiin-sakugen-h30.tsv': [
    '平成30年度 定員適正化計画の実績',
    '項目\t平成26年4月1日\t平成30年4月1日\t目標（平成31年4月1日）\t達成率',
    '職員数（普通会計）\t612人\t589人\t580人\t71.9%',
    'うち技能労務職\t48人\t39人\t36人\t75.0%',
    '※達成率＝削減実績数÷削減目標数',
  ].join('\n'),
  'zaisei-hantei-h30.tsv': [
    '平成30年度決算に基づく健全化判断比率',
    '区分\t平成29年度\t平成30年度\t早期健全化基準\t財政再生基準',
    '実質赤字比率\t―\t―\t13.02\t20.00',
    '連結実質赤字比率\t―\t―\t18.02\t30.00',
    '実質公債費比率\t9.8\t9.4\t25.0\t35.0',
    '将来負担比率\t62.4\t58.1\t350.0\t',
    '※実質赤字額及び連結実質赤字額がない場合は「―」で表示。',
  ].join('\n'),
  'zaisei-kenzenka-r4.tsv': [
    '令和4年度 財政健全化計画の進捗状況',
    '指標\t単位\t計画値\t実績値\t乖離',
    '実質公債費比率\t%\t11.8\t11.2\t△0.6',
    '将来負担比率\t%\t98.5\t91.3\t△7.2',
    '経常収支比率\t%\t94.0\t95.1\t1.1',
    '財政調整基金残高\t百万円\t2,100\t2,486\t386',
  ].join('\n'),
  'zaisei-mokuhyo-r5.tsv': [
    '財政健全化計画 数値目標の達成状況（令和5年度決算）',
    '数値目標\t目標値（令和5年度）\t実績値（令和5年度）\t達成状況',
    '実質公債費比率\t12.0%以下\t10.9%\t達成',
    '将来負担比率\t100.0%以下\t104.2%\t未達成',
    '地方債残高\t250億円以下\t243億円\t達成',
    '経常収支比率\t93.0%以下\t92.4%\t達成',
  ].join('\n'),
  'shougai-pct-header-r5.tsv': [
    '令和5年度 地域生活支援・訪問系サービスの状況',
    'サービス\t単位\t見込量\t実績\t見込量に対する実績の割合(%)',
    '同行援護\t人分\t24\t19\t79.2',
    '行動援護\t人分\t12\t14\t116.7',
    '療養介護\t人分\t31\t30\t96.8',
    '自立生活援助\t人分\t5\t1\t20.0',
    '※各年度3月分の利用実績',
  ].join('\n'),
  'kaigo-shisetsu-r4.tsv': [
    '令和4年度 施設サービス給付費',
    '単位：千円',
    'サービス種類\t計画値(A)\t実績値(B)\tB/A',
    '介護老人福祉施設\t842,100\t829,374\t98.4%',
    '介護老人保健施設\t612,400\t598,003\t97.6%',
    '介護医療院\t88,300\t91,772\t103.9%',
    '合計\t1,542,800\t1,519,149\t98.4%',
  ].join('\n'),
  'kyoujinka-words-r5.tsv': [
    '国土強靱化地域計画 重要業績指標（KPI）の進捗（令和5年度）',
    'No.\t重要業績指標\t策定時\t直近値\t目標値（R7）\t達成率\t進捗状況',
    '1\t避難行動要支援者の個別避難計画作成率\t12%（R2）\t41%（R4）\t60%以上\t68.3%\t概ね順調',
    '2\t消防団員数\t612人（R2）\t588人（R4）\t620人\t94.8%\t遅れ',
    '3\t公共施設の耐震化率\t94.1%（R2）\t97.8%（R4）\t100%\t97.8%\t順調',
  ].join('\n'),
  'teiin-sakugen-mokuhyo-r4.tsv': [
    '令和4年度 定員適正化計画 取組結果',
    '部門\t削減目標数\t削減実績数\t達成率',
    '一般行政\t12人\t9人\t75.0%',
    '教育\t4人\t4人\t100.0%',
    '公営企業\t6人\t2人\t33.3%',
    '計\t22人\t15人\t68.2%',
  ].join('\n'),
  'kaigo-yearrows-r5.tsv': [
    '要介護（要支援）認定者数の計画と実績',
    '年度\t計画値\t実績値\t対計画比',
    '令和3年度\t5,120人\t5,034人\t98.3%',
    '令和4年度\t5,260人\t5,198人\t98.8%',
    '令和5年度\t5,400人\t5,377人\t99.6%',
  ].join('\n'),
  'keiei-youin-r4.tsv': [
    '令和4年度 水道事業経営戦略の進捗管理',
    '指標\t計画値\t実績値\t乖離\t乖離の要因',
    '給水人口（人）\t48,200\t47,856\t△344\t人口減少が計画を上回ったため',
    '有収率（%）\t90.5\t89.2\t△1.3\t漏水の増加',
    '管路更新率（%）\t1.20\t1.05\t△0.15\t工事の繰越',
  ].join('\n'),
  'sanchi-nendo-2022.tsv': [
    '2022年度 産地生産基盤パワーアップ事業 成果目標の達成状況',
    '事業実施主体\t成果目標\t現状値\t目標値\t目標年度\t実績値\t達成率',
    '◎◎農協\t販売額（百万円）\t820\t950\t2024\t931\t98%',
    '◎◎農協\t輸出額（百万円）\t12\t30\t2024\t22\t73%',
    '○○法人\t作付面積（ha）\t45.0\t60.0\t2024\t52.5\t87%',
  ].join('\n'),
  'kankyo-kijun-tassei-r4.tsv': [
    '令和4年度 環境基本計画 年次報告 環境指標',
    '区分\t指標\t単位\t基準値（H30）\t令和4年度\t目標値（R7）\t達成状況',
    '生活環境\t河川BOD環境基準達成率\t%\t85.7\t92.9\t100\t○',
    '生活環境\t騒音に関する苦情件数\t件\t42\t36\t30以下\t△',
    '自然環境\t市民緑地面積\tha\t12.4\t13.1\t15.0\t△',
    '循環型社会\tごみのリサイクル率\t%\t19.5\t18.8\t24.0\t×',
    '※達成状況 ○：目標を達成 △：基準値より改善 ×：基準値より悪化',
  ].join('\n'),
};

const read = (name: string) => importReportTable(readTsv(name, TABLES[name] ?? ''));

/** What each table reads to: KPIs, their rates (printed, reproduced), the years' rates, unplaced cells, problems. */
const READ_FULLY: readonly (readonly [string, number, number, number, number])[] = [
  ['kaigo-8ki-r5.tsv', 3, 3, 6, 6],
  ['kaigo-jiritsu-r4.tsv', 4, 4, 0, 0],
  ['kaigo-kyufu-2023.tsv', 3, 3, 0, 0],
  ['kaigo-lines-r4.tsv', 2, 2, 2, 2],
  ['kaigo-service-r4.tsv', 6, 6, 0, 0],
  ['kankyo-chokkin-h30.tsv', 4, 4, 0, 0],
  ['kankyo-ghg-2021.tsv', 6, 6, 0, 0],
  ['kankyo-gomi-r5.tsv', 3, 3, 0, 0],
  ['kankyo-shihyo-r4.tsv', 4, 4, 0, 0],
  ['keiei-senryaku-2022.tsv', 4, 4, 0, 0],
  ['keiei-years-r4.tsv', 2, 2, 4, 4],
  ['kenko-baseline-2023.tsv', 5, 0, 0, 0],
  ['kenko-chukan-r4.tsv', 4, 4, 0, 0],
  ['kenko-hyoka-r5.tsv', 6, 0, 0, 0],
  ['kenko-tasseido-h30.tsv', 4, 4, 0, 0],
  ['kyoujinka-hyoka-2022.tsv', 4, 4, 0, 0],
  ['kyoujinka-kpi-r5.tsv', 4, 4, 0, 0],
  ['kyoujinka-prog-r4.tsv', 4, 4, 0, 0],
  ['nogyo-shinko-r4.tsv', 4, 4, 0, 0],
  ['sanchi-power-r5.tsv', 3, 3, 0, 0],
  ['sanchi-ratio-2023.tsv', 3, 3, 0, 0],
  ['shougai-3years-r5.tsv', 4, 4, 8, 8],
  ['shougai-jido-2022.tsv', 4, 4, 0, 0],
  ['shougai-lines-r4.tsv', 2, 2, 2, 2],
  ['shougai-mikomi-r4.tsv', 8, 8, 0, 0],
  ['shougai-seika-r4.tsv', 4, 4, 0, 0],
  ['teiin-bumon-r5.tsv', 5, 5, 0, 0],
  ['teiin-dates-r5.tsv', 1, 0, 0, 0],
  ['teiin-keikaku-r5.tsv', 1, 1, 3, 3],
  ['teiin-sakugen-h30.tsv', 2, 2, 0, 0],
  ['zaisei-hantei-h30.tsv', 4, 0, 0, 0],
  ['zaisei-kenzenka-r4.tsv', 4, 0, 0, 0],
  ['zaisei-mokuhyo-r5.tsv', 4, 0, 0, 0],
  ['shougai-pct-header-r5.tsv', 4, 4, 0, 0],
  ['kaigo-shisetsu-r4.tsv', 4, 4, 0, 0],
  ['kyoujinka-words-r5.tsv', 3, 3, 0, 0],
  ['teiin-sakugen-mokuhyo-r4.tsv', 4, 4, 0, 0],
  ['kaigo-yearrows-r5.tsv', 1, 1, 2, 2],
  ['keiei-youin-r4.tsv', 3, 0, 0, 0],
  ['kankyo-kijun-tassei-r4.tsv', 4, 0, 0, 0],
];

describe('round ap: tables of eight plan kinds, read fully (no unplaced cell, no problem, every printed rate reproduced)', () => {
  it.each(READ_FULLY)(
    '%s: %i KPIs, %i rates and %i of single years',
    (name, kpis, printed, years, yearsMatched) => {
      const report = read(name);
      const check = checkReport(report);
      expect(check.summary).toEqual({ kpis, printed, matched: printed });
      expect(check.yearRates).toEqual({ printed: years, matched: yearsMatched });
      expect(years).toBe(yearsMatched);
      expect(report.unplaced).toEqual([]);
      expect(report.problems).toEqual([]);
    },
  );
});

describe('round ap: what the tables needed', () => {
  it('定員適正化計画 by year: the plan and the staff by their words, the cuts counted from 令和元年 (25/486 = 5.14%)', () => {
    const report = read('teiin-keikaku-r5.tsv');
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.baseline).toEqual({ value: '486', fiscalYear: 2019 });
    expect(kpi?.direction).toBe('decrease');
    expect(report.kpis[0]?.inference).toMatchObject({ kind: 'matched' });
  });

  it('定員適正化計画 by date: 「計画との差」 the gap line, not a third plan', () => {
    const report = read('teiin-dates-r5.tsv');
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value])).toEqual([['職員数', '496']]);
  });

  it('健全化判断比率: 早期健全化基準 and 財政再生基準 kept as printed, no baseline', () => {
    const report = read('zaisei-hantei-h30.tsv');
    expect(report.kpis.every((k) => k.kpi.baseline === null)).toBe(true);
    expect(report.reading.columns.filter((c) => c.role === 'other').map((c) => c.label)).toEqual([
      '早期健全化基準',
      '財政再生基準',
    ]);
  });

  it('財政健全化計画: 実質公債費比率 and 将来負担比率 to bring down, 経常収支比率 said by nothing', () => {
    const report = read('zaisei-kenzenka-r4.tsv');
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.direction])).toEqual([
      ['実質公債費比率', 'decrease'],
      ['将来負担比率', 'decrease'],
      ['経常収支比率', 'increase'],
      ['財政調整基金残高', 'increase'],
    ]);
  });

  it('障害福祉計画 lines 見込量 / 実績 / 割合: each year’s 割合 its rates, 令和5年度 with none yet left out', () => {
    const report = read('shougai-lines-r4.tsv');
    expect(report.kpis.map((k) => k.yearRates.map((r) => [r.fiscalYear, r.printed]))).toEqual([
      [[2021, '93.7%']],
      [[2021, '79.2%']],
    ]);
  });

  it('健康増進計画 中間評価: the legend 「◎：目標達成 ○：50%以上 △：50%未満 ×：悪化」 the scale the grades are checked by', () => {
    const check = checkReport(read('kenko-chukan-r4.tsv'));
    expect(check.gradeScale).toEqual({
      labels: ['◎', '○', '△', '×'],
      cuts: [100, 50, 0],
      source: 'legend',
    });
    expect(check.kpis.every((k) => k.grade === k.printedGrade)).toBe(true);
  });

  it('地球温暖化対策実行計画: 2020年度排出量 the actual beside the base year’s, its 削減率 reproduced; 達成率 = 削減率 ÷ 目標削減率 still open', () => {
    const report = read('kankyo-mokuhyo-sakugen-2022.tsv');
    expect(report.kpis.map((k) => k.kpi.actuals[0]?.figure.value)).toEqual(['1012.8', '14.35']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // The rate of the cut against its own target (19.0 ÷ 46 = 41.3%) has no place yet.
    expect(report.unplaced.map((u) => u.text)).toEqual(['41.3%', '45.8%']);
  });

  it('経営戦略 進捗管理: 「乖離の要因」 the words of each gap', () => {
    const report = read('keiei-youin-r4.tsv');
    expect(report.reading.columns.find((c) => c.label === '乖離の要因')?.role).toBe('narrative');
  });

  it('産地 成果目標 「目標値 | 目標年度 | 実績値」 under a 2022年度 title: the actual the report year’s, the target due 2024', () => {
    const report = read('sanchi-nendo-2022.tsv');
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2022]);
    expect(report.kpis[0]?.kpi.target?.fiscalYear).toBe(2024);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
  });
});
