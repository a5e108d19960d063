<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../ui/about_dialog.py" line="17" />
      <source>About CaseVault</source>
      <translation>關於 CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="23" />
      <source>Offline, encrypted case manager.</source>
      <translation>離線加密案件管理工具。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="31" />
      <source>This copy checks nothing online. To make sure it is the published release, compare the line above with the SHA256SUMS file published with it (docs/install.md explains how).</source>
      <translation>本程序不做任何聯網檢查。要確認這是正式發佈的版本，請將上面一行與隨版本發佈的 SHA256SUMS 文件比對（方法見 docs/install.md）。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="34" />
      <source>Includes the fonts WenQuanYi Micro Hei, DejaVu Sans and Noto Naskh Arabic, under their own free licences.</source>
      <translation>內含字體：文泉驛微米黑、DejaVu Sans 和 Noto Naskh Arabic，各自採用其自由許可證。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="40" />
      <source>&amp;Copy build line</source>
      <translation>複製版本信息(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up vault</source>
      <translation>備份保險庫</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up</source>
      <translation>備份</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="30" />
      <source>Open it with the vault's passphrase</source>
      <translation>使用保險庫的口令打開</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="32" />
      <source>Give it its own passphrase:</source>
      <translation>為其設置單獨的口令：</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="41" />
      <source>A backup is a complete, encrypted copy of this vault, checked after writing. Keep it on another medium, stored somewhere else than this computer.</source>
      <translation>備份是本保險庫完整的加密副本，寫入後會經過核驗。請將其保存在另一介質上，並存放在這臺電腦以外的地方。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="44" />
      <source>Backup file</source>
      <translation>備份文件</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="48" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="50" />
      <source>Repeat passphrase</source>
      <translation>再次輸入口令</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="57" />
      <source>Back up vault to</source>
      <translation>將保險庫備份到</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="71" />
      <source>Choose where to write the backup.</source>
      <translation>請選擇備份的保存位置。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="74" />
      <source>A file with this name exists already; choose a new name.</source>
      <translation>已存在同名文件，請另選一個名稱。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="96" />
      <source>The backup {path} was written and checked: it reopens and holds the same {records} records, {exhibits} exhibits and {entries} history entries as the vault, with the same audit-chain head.</source>
      <translation>備份 {path} 已寫入並核驗：它可以重新打開，包含與保險庫相同的 {records} 條記錄、{exhibits} 件證據和 {entries} 條歷史記錄，審計鏈頭也相同。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="100" />
      <source>It opens with its own passphrase.</source>
      <translation>它使用自己的口令打開。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="101" />
      <source>It opens with the vault's passphrase.</source>
      <translation>它使用保險庫的口令打開。</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">口令至少需要 8 個字符；最好使用幾個詞。</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">兩次輸入的口令不一致，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>BundleDialogs</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="264" />
      <source>Wrote {path}: {cases} case(s), {records} record(s), {exhibits} exhibit(s), {deletions} deletion(s); encrypted, {size} bytes.</source>
      <translation>已寫入 {path}：{cases} 個案件、{records} 條記錄、{exhibits} 件證據、{deletions} 項刪除；已加密，{size} 字節。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="268" />
      <source>Give the bundle passphrase to the other side separately from the file.</source>
      <translation>請將數據包口令與文件分開交給對方。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="277" />
      <source>Warning: the vault that made this bundle saw history of this vault that it no longer holds. This vault was rolled back to an older copy, or its history was rewritten. Check it with `casevault verify`.</source>
      <translation>警告：製作此數據包的保險庫見過本保險庫的一段歷史，而本保險庫現已不再包含這段歷史。本保險庫被回退到了較舊的副本，或其歷史被改寫。請用 `casevault verify` 檢查。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="281" />
      <source>Nothing to merge: this vault already holds everything in {file}.</source>
      <translation>無需合併：本保險庫已包含 {file} 中的全部內容。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="283" />
      <source>Merged {file}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, {kept} kept as they are here.</source>
      <translation>已合併 {file}：新建 {created} 條，更新 {updated} 條，刪除 {deleted} 條，未變 {unchanged} 條，保留本地版本 {kept} 條。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="287" />
      <source>{n} record(s) had been changed the same way on both sides.</source>
      <translation>{n} 條記錄在雙方做了相同的修改。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="289" />
      <source>Renamed because the name was taken here:</source>
      <translation>因名稱在此已被佔用而重命名：</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="292" />
      <source>{n} record(s) deleted here came back because records from the bundle need them.</source>
      <translation>{n} 條在此刪除的記錄已恢復，因為數據包中的記錄需要它們。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="295" />
      <source>{n} record(s) were changed both here and in the bundle. Both versions are kept until you choose one in Vault ▸ Conflicts.</source>
      <translation>{n} 條記錄在此處和數據包中都被修改過。兩個版本都會保留，直到您在“保險庫 ▸ 衝突”中選擇其一。</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <location filename="../ui/case_list.py" line="110" />
      <source>Search cases, people, incidents… (Ctrl+F)</source>
      <translation>搜索案件、人員、事件…（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="118" />
      <source>Any status</source>
      <translation>所有狀態</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="119" />
      <source>Any campaign</source>
      <translation>所有行動</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="121" />
      <source>Any tactic</source>
      <translation>所有手段</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="122" />
      <source>Any country</source>
      <translation>所有國家</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="123" />
      <source>Any tag</source>
      <translation>所有標籤</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="124" />
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_list.py" line="300" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n 個案件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="303" />
      <source>the open case does not match, but stays open: it has unsaved changes</source>
      <translation>打開的案件不符合條件，但因有未保存的修改而保持打開</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Reference</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Country</source>
      <translation>所在國</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Campaign</source>
      <translation>行動</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="25" />
      <source>Last change</source>
      <translation>最後修改</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation type="vanished">所在國</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../ui/case_tabs.py" line="65" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="66" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="67" />
      <location filename="../ui/case_tabs.py" line="126" />
      <location filename="../ui/case_tabs.py" line="143" />
      <location filename="../ui/case_tabs.py" line="164" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="68" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="69" />
      <source>Residence status</source>
      <translation>居留身份</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="71" />
      <location filename="../ui/case_tabs.py" line="152" />
      <location filename="../ui/case_tabs.py" line="182" />
      <location filename="../ui/case_tabs.py" line="191" />
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="89" />
      <source>Date unknown: shown where it was placed (Move up / Move down)</source>
      <translation>日期不詳：顯示在手動安排的位置（上移 / 下移）</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="90" />
      <source>As entered: {date}</source>
      <translation>原始輸入：{date}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="99" />
      <location filename="../ui/case_tabs.py" line="127" />
      <location filename="../ui/case_tabs.py" line="144" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="100" />
      <source>Tactic</source>
      <translation>手段</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="101" />
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="102" />
      <source>Targeted</source>
      <translation>針對對象</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="103" />
      <source>Involved</source>
      <translation>涉及方</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="104" />
      <source>Host state</source>
      <translation>所在國</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="105" />
      <location filename="../ui/case_tabs.py" line="190" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="106" />
      <source>Exhibits</source>
      <translation>證據</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="107" />
      <source>Verification</source>
      <translation>核實</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="108" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="120" />
      <source>reports {source}</source>
      <translation>轉述 {source}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="124" />
      <source>No.</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="125" />
      <source>Grade</source>
      <translation>評級</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="128" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="129" />
      <source>Citation</source>
      <translation>引文</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="130" />
      <source>Title, author, outlet</source>
      <translation>標題、作者、媒體</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="131" />
      <source>URL</source>
      <translation>網址</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="145" />
      <location filename="../ui/case_tabs.py" line="168" />
      <location filename="../ui/case_tabs.py" line="180" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="146" />
      <source>Addressed to</source>
      <translation>提交對象</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="147" />
      <source>File number</source>
      <translation>案卷編號</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="148" />
      <source>For</source>
      <translation>為</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="149" />
      <source>Asks</source>
      <translation>請求</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="150" />
      <source>Decision</source>
      <translation>決定</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="151" />
      <source>Response</source>
      <translation>回覆</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="165" />
      <location filename="../ui/case_tabs.py" line="176" />
      <source>Person sought</source>
      <translation>被通緝者</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="166" />
      <source>Issued</source>
      <translation>發佈</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="167" />
      <location filename="../ui/case_tabs.py" line="179" />
      <source>Charge</source>
      <translation>罪名</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="170" />
      <source>Requests to the CCF</source>
      <translation>向CCF提出的請求</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="177" />
      <source>From → to</source>
      <translation>從 → 到</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="178" />
      <source>Requested</source>
      <translation>已請求</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="188" />
      <source>Since</source>
      <translation>自</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="189" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="197" />
      <source>Written</source>
      <translation>寫於</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="198" />
      <source>By</source>
      <translation>作者</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="199" />
      <source>Note</source>
      <translation>筆記</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="205" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="206" />
      <source>Task</source>
      <translation>任務</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="207" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="231" />
      <source>Choice between two versions of: {record}</source>
      <translation>在兩個版本之間選擇：{record}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="232" />
      <source>Choice between two versions of a record no longer in this case</source>
      <translation>在兩個版本之間選擇（該記錄已不在本案件中）</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="233" />
      <source>(no longer in this case)</source>
      <translation>（已不在此案件中）</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="239" />
      <source>deleted by a merge</source>
      <translation>因合併而刪除</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="245" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="246" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="247" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="248" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="249" />
      <source>What</source>
      <translation>內容</translation>
    </message>
    <message>
      <source>Date unknown</source>
      <translation type="vanished">日期不詳</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../ui/case_view.py" line="131" />
      <source>Add a new person…</source>
      <translation>添加新人員…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="132" />
      <source>Add an existing person…</source>
      <translation>添加已有人員…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="133" />
      <source>New incident…</source>
      <translation>新建事件…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="136" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="137" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="139" />
      <source>Moves an incident of unknown date in the chronology</source>
      <translation>在時間線中移動日期不詳的事件</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="142" />
      <source>New source…</source>
      <translation>新建來源…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="146" />
      <source>New intervention…</source>
      <translation>新建行動…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="148" />
      <source>New note…</source>
      <translation>新建筆記…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="149" />
      <source>New task…</source>
      <translation>新建任務…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="156" />
      <source>Overview</source>
      <translation>概覽</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="156" />
      <source>People</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="157" />
      <source>Chronology</source>
      <translation>時間線</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="157" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="158" />
      <source>Exhibits</source>
      <translation>證據</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="158" />
      <source>Proceedings</source>
      <translation>程序</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="159" />
      <source>Notes and tasks</source>
      <translation>筆記和任務</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="159" />
      <source>History</source>
      <translation>歷史記錄</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="162" />
      <source>Select a case in the list, or create one with Case ▸ New case.</source>
      <translation>請在列表中選擇一個案件，或通過“案件 ▸ 新建案件”創建。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="247" />
      <source>No one is recorded in this case yet.</source>
      <translation>此案件尚未記錄任何人員。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="248" />
      <source>No incident recorded yet.</source>
      <translation>尚未記錄事件。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="251" />
      <source>No source recorded yet.</source>
      <translation>尚未記錄來源。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="253" />
      <source>No intervention recorded yet.</source>
      <translation>尚未記錄行動。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="305" />
      <source>New person in this case</source>
      <translation>此案件中的新人員</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="310" />
      <source>Edit person</source>
      <translation>編輯人員</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="333" />
      <source>New incident</source>
      <translation>新建事件</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="333" />
      <source>Edit incident</source>
      <translation>編輯事件</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="52" />
      <source>… and %n more</source>
      <translation>
        <numerusform>……以及另外 %n 個</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="58" />
      <source>New source</source>
      <translation>新建來源</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="58" />
      <source>Edit source</source>
      <translation>編輯來源</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="59" />
      <source>Edit exhibit details</source>
      <translation>編輯證據信息</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="60" />
      <source>New intervention</source>
      <translation>新建行動</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="60" />
      <source>Edit intervention</source>
      <translation>編輯行動</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="61" />
      <source>New note</source>
      <translation>新建筆記</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="61" />
      <source>Edit note</source>
      <translation>編輯筆記</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="62" />
      <source>New task</source>
      <translation>新建任務</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="62" />
      <source>Edit task</source>
      <translation>編輯任務</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="63" />
      <source>New Interpol notice</source>
      <translation>新增國際刑警通報</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="63" />
      <source>Edit Interpol notice</source>
      <translation>編輯國際刑警通報</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="64" />
      <source>New extradition request</source>
      <translation>新增引渡請求</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="65" />
      <source>Edit extradition request</source>
      <translation>編輯引渡請求</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="66" />
      <source>New outcome</source>
      <translation>新增結果</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="66" />
      <source>Edit outcome</source>
      <translation>編輯結果</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="122" />
      <source>Make it the case's current outcome (shown in the case list)</source>
      <translation>設為本案當前結果（顯示在案件列表中）</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="192" />
      <source>Delete case?</source>
      <translation>刪除案件？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="193" />
      <source>Delete case {case} and the {n} record(s) in it? This cannot be undone.</source>
      <translation>刪除案件 {case} 及其中的 {n} 條記錄？此操作無法撤銷。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="215" />
      <source>No incident cites it. This cannot be undone.</source>
      <translation>沒有事件引用它。此操作無法撤銷。</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="217" />
      <source>%n incident(s) cite it and will no longer refer to it:</source>
      <translation>
        <numerusform>有 %n 個事件引用它，刪除後將不再引用：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="218" />
      <source>This cannot be undone.</source>
      <translation>此操作無法撤銷。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="219" />
      <source>Delete {what}?</source>
      <translation>刪除{what}？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="220" />
      <source>Delete {what} “{summary}”?</source>
      <translation>刪除{what}“{summary}”？</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="232" />
      <source>They appear in %n incident(s) of this case, which will still name them:</source>
      <translation>
        <numerusform>此人出現在本案件的 %n 個事件中，這些事件仍會提及此人：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="235" />
      <source>They appear in no incident of this case.</source>
      <translation>此人未出現在本案件的任何事件中。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="236" />
      <source>Remove person?</source>
      <translation>移除人員？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="237" />
      <source>Remove {name} from this case? If they are in no other case, their record is deleted too.</source>
      <translation>將 {name} 從此案件中移除？如其不在其他案件中，其記錄也將被刪除。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="247" />
      <source>Add exhibits</source>
      <translation>添加證據</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="272" />
      <source>Decrypting…</source>
      <translation>正在解密…</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="283" />
      <source>Save an unencrypted copy?</source>
      <translation>保存未加密的副本？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="284" />
      <source>The copy of {label} will NOT be encrypted: anyone with access to where you save it can read it. Keep it on an encrypted disk and delete it when done.</source>
      <translation>{label} 的副本將不會加密：任何能訪問保存位置的人都能讀取。請存放在加密磁盤上，用完後刪除。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="289" />
      <source>Save a copy as</source>
      <translation>副本另存為</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="294" />
      <source>Copy saved</source>
      <translation>副本已保存</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="294" />
      <source>Saved an unencrypted copy as {path}.</source>
      <translation>已將未加密副本保存為 {path}。</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation type="vanished">行動</translation>
    </message>
    <message>
      <source>Incidents citing it will no longer refer to it. This cannot be undone.</source>
      <translation type="vanished">引用它的事件將不再關聯它。此操作無法撤銷。</translation>
    </message>
    <message>
      <source>Export dossier</source>
      <translation type="vanished">導出卷宗</translation>
    </message>
    <message>
      <source>The PDF dossier will NOT be encrypted and names the persons who consented to be named to authorities. Continue?</source>
      <translation type="vanished">PDF 卷宗將不會加密，並會列出同意向當局具名的人員。是否繼續？</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Dossier exported</source>
      <translation type="vanished">卷宗已導出</translation>
    </message>
    <message>
      <source>Wrote {path} ({pages} pages).</source>
      <translation type="vanished">已寫入 {path}（{pages} 頁）。</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation type="vanished">已寫入 {path}。</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="163" />
      <source>Conflicts</source>
      <translation>衝突</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="166" />
      <source>These records were changed both in this vault and in a bundle imported from another vault. Both versions are kept until you choose. Your choice is recorded in the history.</source>
      <translation>這些記錄在本保險庫和從另一保險庫導入的數據包中都被修改過。在您作出選擇之前，兩個版本都會保留。您的選擇會記錄在歷史中。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="171" />
      <source>Keep this vault's version</source>
      <translation>保留本保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="173" />
      <source>Keep the other vault's version</source>
      <translation>保留另一保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>This vault</source>
      <translation>本保險庫</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>Other vault</source>
      <translation>另一保險庫</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="213" />
      <source>No open conflicts: every record agrees with what was imported.</source>
      <translation>沒有未解決的衝突：所有記錄都與導入內容一致。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="236" />
      <source>this vault's version</source>
      <translation>本保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="236" />
      <source>the other vault's version</source>
      <translation>另一保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="237" />
      <source>{record}: {which}. Until you choose, the vault shows {live}.</source>
      <translation>{record}：{which}。在您作出選擇之前，保險庫顯示{live}。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="242" />
      <source>Choosing the deleted version deletes the case and everything in it, on every laptop that exchanges with this one:</source>
      <translation>選擇已刪除的版本會刪除該案件及其全部內容，並波及與本機交換數據的每臺電腦：</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="306" />
      <source>This deletes case {case} and everything in it, here and on every laptop that exchanges with this one: {what}.</source>
      <translation>這將刪除案件 {case} 及其全部內容，包括本機和與本機交換數據的每臺電腦：{what}。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="309" />
      <source>This deletes the {record} {which}.</source>
      <translation>這將刪除{record} {which}。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="311" />
      <source>Delete?</source>
      <translation>刪除？</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="312" />
      <source>Choose the other version to keep it instead.</source>
      <translation>若要保留，請選擇另一個版本。</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="41" />
      <source>Changed here and in the other vault</source>
      <translation>在此處和另一保險庫中都被修改</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="42" />
      <source>Changed here and in the imported file</source>
      <translation>在此處和導入的文件中都被修改</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="43" />
      <source>Changed here, deleted in the other vault</source>
      <translation>在此處被修改，在另一保險庫中被刪除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="44" />
      <source>Deleted here, changed in the other vault (their version is shown meanwhile)</source>
      <translation>在此處被刪除，在另一保險庫中被修改（暫時顯示對方的版本）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="46" />
      <source>Deleted in the other vault, still used here</source>
      <translation>在另一保險庫中被刪除，但此處仍在使用</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="47" />
      <source>Deleted here, needed by records from the other vault (restored meanwhile)</source>
      <translation>在此處被刪除，但另一保險庫的記錄需要它（暫時已恢復）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="48" />
      <source>The whole case was deleted in the other vault and changed here (all of it is kept meanwhile)</source>
      <translation>整個案件在另一個保險庫中被刪除，而在這裡被修改（在此期間全部保留）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="50" />
      <source>The whole case was deleted here and changed in the other vault (all of it is back meanwhile)</source>
      <translation>整個案件在這裡被刪除，而在另一個保險庫中被修改（在此期間已全部恢復）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <source>Incidents</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Exhibits</source>
      <translation>證據</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>People in the case</source>
      <translation>案件中的人員</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>Interventions</source>
      <translation>干預行動</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="60" />
      <source>Tasks</source>
      <translation>任務</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="66" />
      <source>{n} ({mb} MB of files)</source>
      <translation>{n}（文件共 {mb} MB）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Involved</source>
      <translation>涉及者</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Targeted</source>
      <translation>針對對象</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Places</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Chain of custody</source>
      <translation>保管鏈</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="92" />
      <source>Who appears in it</source>
      <translation>其中出現的人</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Label</source>
      <translation>標籤</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="94" />
      <source>File type</source>
      <translation>文件類型</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="94" />
      <source>Deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="118" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="118" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="136" />
      <source>deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="142" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="143" />
      <source>Which</source>
      <translation>哪一條</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="144" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="145" />
      <source>What differs</source>
      <translation>差異</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="147" />
      <source>Situation</source>
      <translation>情況</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="148" />
      <source>This vault's version</source>
      <translation>本保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="149" />
      <source>Other vault's version</source>
      <translation>另一保險庫的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="246" />
      <location filename="../ui/conflicts_view.py" line="255" />
      <location filename="../ui/conflicts_view.py" line="256" />
      <source>(deleted)</source>
      <translation>（已刪除）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="246" />
      <location filename="../ui/conflicts_view.py" line="255" />
      <location filename="../ui/conflicts_view.py" line="256" />
      <source>(kept)</source>
      <translation>（保留）</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../ui/messages.py" line="151" />
      <source>Replace file?</source>
      <translation>替換文件？</translation>
    </message>
    <message>
      <location filename="../ui/messages.py" line="151" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} 已存在。要替換它嗎？</translation>
    </message>
  </context>
  <context>
    <name>DossierDialog</name>
    <message>
      <location filename="../ui/dossier_dialog.py" line="88" />
      <source>Export dossier · {reference}</source>
      <translation>導出卷宗 · {reference}</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="103" />
      <source>Pages</source>
      <translation>頁面</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="104" />
      <source>Redaction summary</source>
      <translation>匿名化摘要</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="121" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="130" />
      <source>Preview</source>
      <translation>預覽</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="132" />
      <source>Save as…</source>
      <translation>另存為…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="180" />
      <source>Legal</source>
      <translation>法律版</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="182" />
      <source>Public</source>
      <translation>公開版</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="188" />
      <source>For authorities, courts and lawyers: names the persons who consented to be named to authorities; the others become Person A, Person B…</source>
      <translation>供主管機關、法院和律師使用：列出同意向主管機關披露姓名的人；其他人顯示為化名（人物A、人物B…）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="190" />
      <source>For publication: names only those who consented to publication, and leaves out contact details, exact addresses and photos of the others.</source>
      <translation>供公開發布：只列出同意公開的人，並略去聯繫方式、確切地址和其他人的照片。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="195" />
      <source>Case dossier</source>
      <translation>案件卷宗</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="195" />
      <source>IRB disclosure package</source>
      <translation>IRB 證據披露卷宗</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="196" />
      <source>Interpol CCF request</source>
      <translation>國際刑警組織 CCF 申請</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="197" />
      <source>UN Special Procedures communication</source>
      <translation>致聯合國特別程序的來文</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="198" />
      <source>Police or national-security complaint</source>
      <translation>向警方或國家安全部門報案</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="212" />
      <source>Name and organisation</source>
      <translation>姓名和機構</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="215" />
      <source>As recorded in the case</source>
      <translation>按案件記錄</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="215" />
      <source>Access to the data</source>
      <translation>查閱數據</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="216" />
      <source>Correction</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="216" />
      <source>Deletion</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="219" />
      <source>Signed power of attorney</source>
      <translation>簽署的授權委託書</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="220" />
      <source>Copy of an identity document</source>
      <translation>身份證件複印件</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="221" />
      <source>Refugee decision</source>
      <translation>難民身份決定</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="225" />
      <source>Hearing date</source>
      <translation>聽證日期</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="230" />
      <source>A reply to the Minister's documents</source>
      <translation>對部長文件的答覆</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="236" />
      <source>Attach the original exhibit files, with their SHA-256</source>
      <translation>附上證據原始文件及其 SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="238" />
      <source>So that a court can check each file against the hash listed. The PDF grows by the size of the files.</source>
      <translation>以便法院按所列哈希值核對每個文件。PDF 會增加這些文件的大小。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="244" />
      <source>Include open tasks</source>
      <translation>包含未完成的任務</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="246" />
      <source>Open tasks are internal: a public dossier never includes them.</source>
      <translation>待辦任務屬於內部信息：公開版卷宗從不包含。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="249" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="250" />
      <source>US Letter</source>
      <translation>美國信紙（Letter）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="256" />
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="264" />
      <source>Protect the PDF with a password</source>
      <translation>用密碼保護 PDF</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="291" />
      <source>Package</source>
      <translation>卷宗</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="292" />
      <source>Made for</source>
      <translation>卷宗類型</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="293" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="295" />
      <source>Prepared by</source>
      <translation>編制人</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="300" />
      <source>The request asks for</source>
      <translation>申請請求</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="301" />
      <source>Attachments you have (ticked in the request's checklist):</source>
      <translation>已有的附件（在申請的清單中打勾）：</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="312" />
      <source>Redaction profile</source>
      <translation>脫敏方案</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="314" />
      <source>Purpose (printed on the cover)</source>
      <translation>用途（印在封面上）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="316" />
      <source>Paper size</source>
      <translation>紙張大小</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="318" />
      <source>Font for other scripts</source>
      <translation>其他文字的字體</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="319" />
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="323" />
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="325" />
      <source>Repeat password</source>
      <translation>再次輸入密碼</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="377" />
      <source>The IRB takes Letter pages with text of at least 12 points: the package uses both.</source>
      <translation>IRB 要求 Letter 紙張、文字不小於 12 磅：本卷宗兩者都符合。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="380" />
      <source>Chinese dossiers are for internal use: bodies take filings in English or French (the CCF also in Spanish or Arabic).</source>
      <translation>中文卷宗僅供內部使用：各機構接受英文或法文文件（CCF 也接受西班牙文或阿拉伯文）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="399" />
      <source>The hearing is in {days} day(s): disclosure must reach the Division at least {need} days before it. Late documents need the Division's leave.</source>
      <translation>距聽證還有 {days} 天：披露材料須至少在聽證前 {need} 天送達難民保護庭。逾期提交的文件須經該庭許可。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="409" />
      <source>The options changed: press “Save as…” again.</source>
      <translation>選項已更改：請再次點擊“另存為…”。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="420" />
      <source>The saved PDF will be encrypted with AES-256 and open only with this password.</source>
      <translation>保存的 PDF 將以 AES-256 加密，只能用此密碼打開。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="423" />
      <source>An encrypted PDF cannot be an archival PDF (PDF/A): with a password the file is an ordinary PDF, which some courts and archives refuse.</source>
      <translation>加密的 PDF 不能是存檔 PDF（PDF/A）：設置密碼後文件是普通 PDF，有些法院和檔案機構不接受。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="426" />
      <source>Without a password the PDF is NOT encrypted: anyone who gets the file can read it. Keep it on an encrypted disk, or set a password.</source>
      <translation>不設密碼時 PDF 不加密：任何拿到文件的人都能閱讀。請將其保存在加密磁盤上，或設置密碼。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="429" />
      <source>Saved as an archival PDF (PDF/A-2b): fonts embedded, colours declared, as courts and archives accept it.</source>
      <translation>保存為存檔 PDF（PDF/A-2b）：字體已嵌入、顏色已聲明，法院和檔案機構均接受。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="434" />
      <source>Choose a TrueType font</source>
      <translation>選擇 TrueType 字體</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="434" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字體 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="442" />
      <source>Found on this computer</source>
      <translation>使用本機已安裝的字體</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="510" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="515" />
      <source>Preparing the preview…</source>
      <translation>正在準備預覽…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="516" />
      <source>Rendering the dossier…</source>
      <translation>正在生成卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="527" />
      <source>Preview cancelled.</source>
      <translation>預覽已取消。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="547" />
      <source>Preparing the dossier…</source>
      <translation>正在準備卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="564" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="579" />
      <source>Save dossier as</source>
      <translation>卷宗另存為</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="579" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="586" />
      <source>Replace file?</source>
      <translation>替換文件？</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="586" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} 已存在。要替換嗎？</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="592" />
      <location filename="../ui/dossier_dialog.py" line="596" />
      <location filename="../ui/dossier_texts.py" line="125" />
      <location filename="../ui/dossier_texts.py" line="128" />
      <source>Dossier not saved</source>
      <translation>卷宗未保存</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="592" />
      <source>{name} is a folder. Choose a file name for the dossier.</source>
      <translation>{name} 是一個文件夾。請為卷宗選擇一個文件名。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="596" />
      <source>The folder {folder} does not exist. Choose another place for the dossier; nothing was written.</source>
      <translation>文件夾 {folder} 不存在。請為卷宗選擇其他位置；未寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="600" />
      <source>Saving the dossier…</source>
      <translation>正在保存卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="617" />
      <source>Dossier saved</source>
      <translation>卷宗已保存</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="18" />
      <source>Type a password, then type it again below.</source>
      <translation>請輸入密碼，然後在下方再輸入一次。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="20" />
      <source>This password is too long: PDF passwords hold at most 127 bytes (about 40 Chinese or 127 Latin characters).</source>
      <translation>密碼太長：PDF 密碼最多 127 個字節（約 40 個漢字或 127 個拉丁字母）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="23" />
      <source>Type the password again to confirm it.</source>
      <translation>請再輸入一次密碼以確認。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="25" />
      <source>The two passwords do not match.</source>
      <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="32" />
      <source>A password encrypts the whole PDF with AES-256, the current PDF standard (Acrobat X or later, recent Preview, Firefox, Chrome, Okular and Evince open it). It protects the file if it is copied, mailed or lost: without the password nobody can read its pages or its properties. It does not protect what happens after someone opens it: they can print, copy or forward the content. The file name and size stay visible. A short or guessable password can be found by trying many passwords on another computer: use a long passphrase and pass it on by another channel than the file. The password is not stored anywhere; if it is lost, make the dossier again from the vault.</source>
      <translation>密碼會以 AES-256（當前的 PDF 標準）加密整個 PDF（Acrobat X 或更新版本、新版“預覽”、Firefox、Chrome、Okular 和 Evince 均可打開）。文件被複制、郵寄或丟失時，它能起到保護作用：沒有密碼，誰也無法閱讀其頁面或屬性。它不能保護文件被打開之後的情況：打開的人可以打印、複製或轉發其內容。文件名和文件大小仍然可見。短密碼或容易猜到的密碼可能在另一臺計算機上被反覆嘗試破解：請使用較長的密碼短語，並通過與文件不同的渠道告知對方。密碼不會保存在任何地方；如果遺失，請從保險庫重新生成卷宗。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="44" />
      <source>Reading the case…</source>
      <translation>正在讀取案件…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="46" />
      <source>Reading exhibits: {done} of {total}</source>
      <translation>正在讀取證物：第 {done} 個，共 {total} 個</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="48" />
      <source>Laying out page {page}…</source>
      <translation>正在排版第 {page} 頁…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="50" />
      <source>Encrypting…</source>
      <translation>正在加密…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="52" />
      <source>Finishing…</source>
      <translation>即將完成…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="64" />
      <source>Saved {name} ({pages} pages).</source>
      <translation>已保存 {name}（共 {pages} 頁）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="66" />
      <source>It is encrypted with AES-256: send the password by another channel than the file.</source>
      <translation>文件已用 AES-256 加密：請通過與文件不同的渠道發送密碼。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="68" />
      <source>It is NOT encrypted: keep it on an encrypted disk and delete it when it is no longer needed.</source>
      <translation>文件未加密：請保存在加密磁盤上，不再需要時將其刪除。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="84" />
      <source>Check the redaction before saving: {persons} person(s) replaced by pseudonyms, {mentions} mention(s) of their names replaced, {withheld} exhibit(s) withheld.</source>
      <translation>保存前請核對匿名化結果：{persons} 人已替換為化名，其姓名共替換 {mentions} 處，{withheld} 件證據未收錄。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="87" />
      <source>Names spelled in a way not recorded as the person's name or alias are not found: read the preview too.</source>
      <translation>若姓名的寫法未登記為該人的姓名或別名，則無法識別：請同時閱讀預覽。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Arabic-script (Uyghur, Arabic, Persian)</source>
      <translation>阿拉伯字母（維吾爾文、阿拉伯文、波斯文）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Latin</source>
      <translation>拉丁字母</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="97" />
      <source>Install a Chinese TrueType font (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Windows has Microsoft YaHei, macOS has STHeiti).</source>
      <translation>請安裝中文 TrueType 字體（Debian/Ubuntu：sudo apt install fonts-wqy-microhei；Windows 自帶 Microsoft YaHei，macOS 自帶 STHeiti）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="99" />
      <source>Install an Arabic-script TrueType font (Debian/Ubuntu: sudo apt install fonts-noto-core; Windows has Arial and Tahoma, macOS has Geeza Pro).</source>
      <translation>請安裝阿拉伯字母 TrueType 字體（Debian/Ubuntu：sudo apt install fonts-noto-core；Windows 自帶 Arial 和 Tahoma，macOS 自帶 Geeza Pro）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="101" />
      <source>Install a TrueType font such as DejaVu Sans (Debian/Ubuntu: sudo apt install fonts-dejavu-core).</source>
      <translation>請安裝 DejaVu Sans 等 TrueType 字體（Debian/Ubuntu：sudo apt install fonts-dejavu-core）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="114" />
      <source>This dossier contains {scripts} text, but no font on this computer has those characters. Nothing was written.</source>
      <translation>此卷宗包含{scripts}文本，但本機沒有包含這些字符的字體。未寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="117" />
      <source>Or choose a TrueType font file that has them under “Font for other scripts”.</source>
      <translation>或者在“其他文字的字體”中選擇包含這些字符的 TrueType 字體文件。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="118" />
      <source>A font is missing</source>
      <translation>缺少字體</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="120" />
      <source>The font cannot be used</source>
      <translation>無法使用該字體</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="120" />
      <source>The chosen font file cannot be used for the dossier. Choose another TrueType (.ttf) font.</source>
      <translation>所選字體文件無法用於卷宗。請選擇其他 TrueType (.ttf) 字體。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="123" />
      <source>The password cannot be used</source>
      <translation>無法使用該密碼</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="125" />
      <source>The disk is full. Nothing was written, and an earlier file of that name is unchanged. Free some space or choose another place.</source>
      <translation>磁盤已滿。未寫入任何內容，同名的原有文件保持不變。請釋放一些空間或選擇其他位置。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="128" />
      <source>The disk refused the file. Nothing was written, and an earlier file of that name is unchanged.</source>
      <translation>磁盤拒絕寫入該文件。未寫入任何內容，同名的原有文件保持不變。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="130" />
      <source>The dossier could not be made</source>
      <translation>無法生成卷宗</translation>
    </message>
  </context>
  <context>
    <name>DossierPreview</name>
    <message>
      <location filename="../ui/dossier_preview.py" line="57" />
      <source>The preview cannot be shown.</source>
      <translation>無法顯示預覽。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="60" />
      <source>{pages} pages. The preview stays in memory and is not encrypted; nothing is written until you press “Save as…”.</source>
      <translation>共 {pages} 頁。預覽只保存在內存中，不加密；在您點擊“另存為…”之前不會寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="66" />
      <source>The options changed since this preview: press Preview to see them.</source>
      <translation>此預覽之後選項已更改：點擊“預覽”查看效果。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="76" />
      <source>Press Preview to see the first pages of the dossier before saving it.</source>
      <translation>點擊“預覽”，在保存前查看卷宗的前幾頁。</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../ui/editors.py" line="88" />
      <source>Country (CN, CA...)</source>
      <translation>國家（CN、CA…）</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="92" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="95" />
      <source>Place (address or description)</source>
      <translation>地點（地址或描述）</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="96" />
      <source>Add place</source>
      <translation>添加地點</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="99" />
      <location filename="../ui/editors.py" line="179" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="159" />
      <source>Whom it targeted</source>
      <translation>針對誰</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="161" />
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="176" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="191" />
      <source>Who acted</source>
      <translation>行為方</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="199" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="202" />
      <source>Exhibits</source>
      <translation>證據</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="292" />
      <source>Add an existing person to this case</source>
      <translation>將已有人員添加到此案件</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="297" />
      <source>Type part of a name, in any script</source>
      <translation>輸入姓名的一部分，任何文字均可</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="301" />
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="334" />
      <source>Choose a person from the list first.</source>
      <translation>請先從列表中選擇一個人員。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitDetails</name>
    <message>
      <location filename="../ui/exhibit_details.py" line="49" />
      <source>Date (YYYY-MM-DD)</source>
      <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="50" />
      <source>by —</source>
      <translation>經手人 —</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="51" />
      <source>to —</source>
      <translation>交給 —</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="54" />
      <source>How (screenshots on her phone, sealed envelope...)</source>
      <translation>方式（她手機上的截圖、密封信封……）</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="57" />
      <source>Where, or from where</source>
      <translation>在何處，或從何處</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="58" />
      <source>Add step</source>
      <translation>添加步驟</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="61" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="97" />
      <source>by {name}</source>
      <translation>經手人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="99" />
      <source>to {name}</source>
      <translation>交給 {name}</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="112" />
      <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>請按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填寫日期。</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="157" />
      <source>Chain of custody</source>
      <translation>保管鏈</translation>
    </message>
  </context>
  <context>
    <name>ExhibitViewer</name>
    <message>
      <location filename="../ui/exhibits.py" line="130" />
      <source>Fit to window</source>
      <translation>適應窗口</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="132" />
      <source>Fit to window (F or Ctrl+0)</source>
      <translation>適應窗口（F 或 Ctrl+0）</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="137" />
      <source>Actual size (1 or Ctrl+1)</source>
      <translation>實際大小（1 或 Ctrl+1）</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="142" />
      <source>Zoom out (- or Ctrl+-)</source>
      <translation>縮小（- 或 Ctrl+-）</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="147" />
      <source>Zoom in (+ or Ctrl++)</source>
      <translation>放大（+ 或 Ctrl++）</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="218" />
      <source>Opening…</source>
      <translation>正在打開…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="228" />
      <source>No preview for this kind of file ({mime}). Use “Save a copy as…” to open it in another program.</source>
      <translation>無法預覽此類文件（{mime}）。請使用“副本另存為…”在其他程序中打開。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="249" />
      <source>Only the first {n} of {total} pages are shown here. Use “Save a copy as…” to read the rest in another program.</source>
      <translation>這裡只顯示共 {total} 頁中的前 {n} 頁。請用“另存副本…”在其他程序中閱讀其餘部分。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="275" />
      <source>This file took too long to open and was not shown. It may be damaged or made to hang a viewer; use “Save a copy as…” only if you trust it.</source>
      <translation>此文件打開時間過長，未予顯示。它可能已損壞，或被刻意製作來卡死查看器；只有在信任它時才使用“另存副本…”。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="277" />
      <source>This file needs too much memory to show and was not shown.</source>
      <translation>顯示此文件需要太多內存，未予顯示。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="278" />
      <source>This image is too large to show here.</source>
      <translation>此圖像太大，無法在此顯示。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="280" />
      <source>This file could not be shown; it may be damaged.</source>
      <translation>無法顯示此文件；它可能已損壞。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="317" />
      <source>Select an exhibit and press View.</source>
      <translation>選擇一項證據並點擊“查看”。</translation>
    </message>
  </context>
  <context>
    <name>Exhibits</name>
    <message>
      <location filename="../ui/exhibits.py" line="47" />
      <source>1 person</source>
      <translation>1 人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="47" />
      <source>{n} persons</source>
      <translation>{n} 人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="48" />
      <source>Nobody</source>
      <translation>無人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="48" />
      <source>Not recorded</source>
      <translation>未登記</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="53" />
      <source>No.</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="54" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="55" />
      <source>Type</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="56" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="57" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="58" />
      <source>Captured</source>
      <translation>拍攝/獲取日期</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="59" />
      <source>Who appears</source>
      <translation>出現的人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="60" />
      <source>Description</source>
      <translation>說明</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="441" />
      <source>Not recorded yet</source>
      <translation>尚未登記</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="443" />
      <source>Nobody identifiable</source>
      <translation>無可辨認的人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="445" />
      <source>These persons:</source>
      <translation>以下人員：</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="460" />
      <source>A person who is not in this case ({id})</source>
      <translation>不在本案中的人（{id}）</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="469" />
      <source>Dossiers do not reproduce an image that shows someone who may not be named in them, nor an image whose persons are not recorded (unless you confirm it when exporting).</source>
      <translation>卷宗不會複製顯示不可具名者的圖片，也不會複製未登記出現人員的圖片（除非導出時您確認）。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="479" />
      <source>Who appears in it</source>
      <translation>其中出現的人</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="514" />
      <source>Tick the persons who appear in it, or choose “Nobody identifiable”.</source>
      <translation>請勾選其中出現的人，或選擇“無可辨認的人”。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitsTab</name>
    <message>
      <location filename="../ui/exhibits.py" line="337" />
      <source>Add files…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="338" />
      <source>View</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="339" />
      <source>Save a copy as…</source>
      <translation>副本另存為…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="340" />
      <source>Copy SHA-256</source>
      <translation>複製 SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="349" />
      <source>Drop files here to add them as exhibits. They are stored encrypted inside the vault; the originals are not changed.</source>
      <translation>將文件拖到此處即可添加為證據。文件加密保存在保險庫中，原文件不會被修改。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="383" />
      <source>{label} · {name} · SHA-256 at intake: {sha}</source>
      <translation>{label} · {name} · 錄入時 SHA-256：{sha}</translation>
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="96" />
      <source>Export bundle</source>
      <translation>導出數據包</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="96" />
      <source>Export</source>
      <translation>導出</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="99" />
      <source>All cases, with every person, organisation and deletion</source>
      <translation>所有案件，包括全部人員、組織和刪除記錄</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="101" />
      <source>Only the cases ticked below</source>
      <translation>僅下方勾選的案件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="108" />
      <source>Filter by reference or title</source>
      <translation>按編號或標題篩選</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="120" />
      <source>Only what this vault has not seen:</source>
      <translation>僅包括該保險庫尚未見過的內容：</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="122" />
      <source>Leaves out what the chosen vault already had when it made the last bundle imported here. No date is used: laptop clocks are often wrong.</source>
      <translation>略去所選保險庫在製作最近一個導入到此處的數據包時已有的內容。不使用日期：電腦時鐘經常不準。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="129" />
      <source>Bundle file</source>
      <translation>數據包文件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="135" />
      <source>Bundle passphrase</source>
      <translation>數據包口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="137" />
      <source>Repeat passphrase</source>
      <translation>再次輸入口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="138" />
      <source>The bundle is encrypted with this passphrase. Agree on it with the person who will import it and give it to them separately from the file, never on the same stick.</source>
      <translation>數據包用此口令加密。請與將要導入的人約定口令，並與文件分開交給對方，切勿放在同一個U盤上。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="150" />
      <source>Gathering the cases, their records and their history…</source>
      <translation>正在收集案件及其記錄和歷史…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="151" />
      <source>Encrypting and writing the bundle…</source>
      <translation>正在加密並寫入數據包…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="163" />
      <source>(no bundle imported yet)</source>
      <translation>（尚未導入任何數據包）</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="167" />
      <source>Export bundle to</source>
      <translation>將數據包導出到</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="184" />
      <source>Choose where to write the bundle.</source>
      <translation>請選擇數據包的保存位置。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="190" />
      <source>Tick at least one case, or choose all cases.</source>
      <translation>請至少勾選一個案件，或選擇全部案件。</translation>
    </message>
    <message>
      <source>Only cases changed on or after</source>
      <translation type="vanished">僅限此日期及之後修改的案件</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">口令至少需要 8 個字符；最好使用幾個詞。</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">兩次輸入的口令不一致，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../ui/fields.py" line="18" />
      <location filename="../ui/fields.py" line="155" />
      <source>Reference</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="19" />
      <location filename="../ui/fields.py" line="86" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="20" />
      <location filename="../ui/fields.py" line="119" />
      <location filename="../ui/fields.py" line="143" />
      <location filename="../ui/fields.py" line="158" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="21" />
      <source>Priority</source>
      <translation>優先級</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="22" />
      <source>Confidentiality</source>
      <translation>保密級別</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="23" />
      <source>Campaign</source>
      <translation>行動</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="24" />
      <source>Origin state</source>
      <translation>來源國</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="25" />
      <source>Host country</source>
      <translation>所在國</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="26" />
      <source>Region</source>
      <translation>地區</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="27" />
      <source>Current outcome</source>
      <translation>當前結果</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="28" />
      <source>Tags</source>
      <translation>標籤</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="29" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="36" />
      <source>This record is</source>
      <translation>此記錄是</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="37" />
      <location filename="../ui/fields.py" line="191" />
      <source>Name (original script)</source>
      <translation>姓名（原文）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="37" />
      <location filename="../ui/fields.py" line="39" />
      <source>e.g. {name}</source>
      <translation>例如：{name}</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="38" />
      <source>Name (Latin script), or a description</source>
      <translation>姓名（拉丁字母），或描述</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="40" />
      <source>Number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="41" />
      <source>The number is</source>
      <translation>該人數為</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="42" />
      <source>Known members</source>
      <translation>已知成員</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="43" />
      <source>Aliases</source>
      <translation>別名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="44" />
      <source>Sex</source>
      <translation>性別</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="45" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="46" />
      <source>Citizenships</source>
      <translation>國籍</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="47" />
      <source>Residence status</source>
      <translation>居留身份</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="48" />
      <source>Occupation</source>
      <translation>職業</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="49" />
      <source>Target category</source>
      <translation>目標類別</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="50" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="51" />
      <source>Contact notes</source>
      <translation>聯繫備註</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="52" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="53" />
      <source>Notes about the person</source>
      <translation>關於此人的備註</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="59" />
      <source>Role in this case</source>
      <translation>在此案件中的角色</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="60" />
      <source>Relation to the target</source>
      <translation>與目標人物的關係</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="61" />
      <source>What happened to them in this case</source>
      <translation>此人在本案中的遭遇</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="69" />
      <source>Tactic</source>
      <translation>手段</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="70" />
      <source>Date (or start)</source>
      <translation>日期（或開始）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="71" />
      <location filename="../ui/fields.py" line="169" />
      <source>Date is</source>
      <translation>日期為</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="72" />
      <source>Until (for a range)</source>
      <translation>截至（時間段）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="73" />
      <source>How long it lasted</source>
      <translation>持續時間</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="73" />
      <source>6 years, 3 months, 20 days, or P6Y</source>
      <translation>6年、3個月、20天，或 P6Y</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="74" />
      <source>That duration is</source>
      <translation>該時長為</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="75" />
      <source>Host state's part</source>
      <translation>所在國的角色</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="76" />
      <source>Verification</source>
      <translation>核實</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="77" />
      <location filename="../ui/fields.py" line="105" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="84" />
      <location filename="../ui/fields.py" line="117" />
      <location filename="../ui/fields.py" line="136" />
      <location filename="../ui/fields.py" line="192" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="85" />
      <source>Citation</source>
      <translation>引文</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="87" />
      <source>Author(s)</source>
      <translation>作者</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="88" />
      <source>Outlet or publisher</source>
      <translation>媒體或出版方</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="89" />
      <location filename="../ui/fields.py" line="118" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="90" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="91" />
      <source>URL (kept as text, never opened)</source>
      <translation>網址（僅作文本保存，不會打開）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="92" />
      <source>It reports (another source)</source>
      <translation>其轉述的來源</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="93" />
      <source>Source reliability (A-F)</source>
      <translation>來源可靠性（A-F）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="94" />
      <source>Information credibility (1-6)</source>
      <translation>信息可信度（1-6）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="102" />
      <source>Exhibit number</source>
      <translation>證據編號</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="103" />
      <source>Original file name</source>
      <translation>原始文件名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="104" />
      <source>Captured on</source>
      <translation>採集日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="106" />
      <source>Language of its content</source>
      <translation>內容語言</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="107" />
      <source>This file is</source>
      <translation>此文件是</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="108" />
      <source>Copy or translation of</source>
      <translation>副本或譯本，原件為</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="109" />
      <source>Translated by</source>
      <translation>譯者</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="120" />
      <source>Addressed to</source>
      <translation>提交對象</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="121" />
      <source>File number there</source>
      <translation>對方案卷編號</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="122" />
      <source>Filed for (claimant)</source>
      <translation>申請人</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="123" />
      <source>Claimant's UCI (IRCC client number)</source>
      <translation>申請人的UCI（IRCC客戶編號）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="124" />
      <source>Counsel of record</source>
      <translation>備案律師</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="125" />
      <source>About (notice or extradition request)</source>
      <translation>涉及（通報或引渡請求）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="126" />
      <source>What it asks</source>
      <translation>請求內容</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="127" />
      <source>Decision</source>
      <translation>決定</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="128" />
      <source>Decision date</source>
      <translation>決定日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="129" />
      <source>Response</source>
      <translation>回覆</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="130" />
      <location filename="../ui/fields.py" line="146" />
      <location filename="../ui/fields.py" line="161" />
      <location filename="../ui/fields.py" line="171" />
      <location filename="../ui/fields.py" line="197" />
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="137" />
      <location filename="../ui/fields.py" line="152" />
      <source>Person sought</source>
      <translation>被通緝者</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="138" />
      <source>Issuing country</source>
      <translation>發佈國</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="139" />
      <source>Issuing bureau</source>
      <translation>發佈機構</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="140" />
      <source>Notice number</source>
      <translation>通報編號</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="141" />
      <source>Issued on</source>
      <translation>發佈日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="142" />
      <location filename="../ui/fields.py" line="157" />
      <source>Charge</source>
      <translation>罪名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="144" />
      <location filename="../ui/fields.py" line="159" />
      <source>Status since</source>
      <translation>狀態起始日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="145" />
      <location filename="../ui/fields.py" line="160" />
      <location filename="../ui/fields.py" line="170" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="153" />
      <source>Requesting country</source>
      <translation>請求國</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="154" />
      <source>Requested country</source>
      <translation>被請求國</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="156" />
      <source>Requested on</source>
      <translation>請求日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="167" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="168" />
      <source>Since</source>
      <translation>自</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="176" />
      <source>Note</source>
      <translation>筆記</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="181" />
      <source>Task</source>
      <translation>任務</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="182" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="183" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="190" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="193" />
      <source>Level</source>
      <translation>級別</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="194" />
      <source>Country</source>
      <translation>國家</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="195" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="196" />
      <source>Belongs to or run by</source>
      <translation>隸屬或由其運作</translation>
    </message>
    <message>
      <source>Name (Latin script)</source>
      <translation type="vanished">姓名（拉丁字母）</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">具體地點</translation>
    </message>
    <message>
      <source>Who was targeted</source>
      <translation type="vanished">針對對象</translation>
    </message>
  </context>
  <context>
    <name>ImportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="217" />
      <location filename="../ui/bundle_dialogs.py" line="235" />
      <source>Import bundle</source>
      <translation>導入數據包</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="217" />
      <source>Import</source>
      <translation>導入</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="221" />
      <source>The bundle's cases are merged into this vault: records changed only in the bundle are updated, records changed on both sides are kept in both versions for you to choose from. Nothing is written if the bundle is damaged or the passphrase is wrong.</source>
      <translation>數據包中的案件將合併到本保險庫：僅在數據包中修改過的記錄會被更新，雙方都修改過的記錄會保留兩個版本供您選擇。如果數據包已損壞或口令錯誤，則不會寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="225" />
      <source>Bundle file</source>
      <translation>數據包文件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="226" />
      <source>Bundle passphrase</source>
      <translation>數據包口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="228" />
      <source>Decrypting and reading the bundle…</source>
      <translation>正在解密並讀取數據包…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="229" />
      <source>Checking every record in the bundle…</source>
      <translation>正在檢查數據包中的每條記錄…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="230" />
      <source>Merging into this vault and updating the search index…</source>
      <translation>正在合併到此保險庫並更新搜索索引…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="242" />
      <source>Choose the bundle file (.cvb) to import.</source>
      <translation>請選擇要導入的數據包文件（.cvb）。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="246" />
      <source>Type the bundle passphrase.</source>
      <translation>請輸入數據包口令。</translation>
    </message>
  </context>
  <context>
    <name>ImportTableWizard</name>
    <message>
      <location filename="../ui/import_table_wizard.py" line="59" />
      <source>(not imported)</source>
      <translation>（不導入）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="59" />
      <source>Case: key (groups the rows of one case)</source>
      <translation>案件：鍵（將同一案件的行歸為一組）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="60" />
      <source>Case: CaseVault id</source>
      <translation>案件：CaseVault 標識</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="60" />
      <source>CaseVault version of the row</source>
      <translation>該行的 CaseVault 版本</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="61" />
      <source>Case: reference</source>
      <translation>案件：編號</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="61" />
      <source>Case: title</source>
      <translation>案件：標題</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="62" />
      <source>Case: status</source>
      <translation>案件：狀態</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="62" />
      <source>Case: priority</source>
      <translation>案件：優先級</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="63" />
      <source>Case: confidentiality</source>
      <translation>案件：保密級別</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="63" />
      <source>Case: origin state</source>
      <translation>案件：來源國</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="64" />
      <source>Case: host country</source>
      <translation>案件：所在國</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="64" />
      <source>Case: region</source>
      <translation>案件：地區</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: campaign</source>
      <translation>案件：行動</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: summary</source>
      <translation>案件：摘要</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: outcome</source>
      <translation>案件：結果</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="66" />
      <source>Case: tags</source>
      <translation>案件：標籤</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="66" />
      <source>Target: name (Latin script)</source>
      <translation>目標人物：姓名（拉丁字母）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="67" />
      <source>Target: name (original script)</source>
      <translation>目標人物：姓名（原文）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="67" />
      <source>Target: other names</source>
      <translation>目標人物：其他姓名</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="68" />
      <source>Target: sex</source>
      <translation>目標人物：性別</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="68" />
      <source>Target: date of birth</source>
      <translation>目標人物：出生日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="69" />
      <source>Target: citizenships</source>
      <translation>目標人物：國籍</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="69" />
      <source>Target: residence status</source>
      <translation>目標人物：居留身份</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="70" />
      <source>Target: occupation</source>
      <translation>目標人物：職業</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="70" />
      <source>Target: category</source>
      <translation>目標人物：類別</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="71" />
      <source>Target: consent</source>
      <translation>目標人物：同意</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="71" />
      <source>Target: individual or group</source>
      <translation>目標人物：個人或群體</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="72" />
      <source>Target: number of people</source>
      <translation>目標人物：人數</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="73" />
      <source>Incident: CaseVault id</source>
      <translation>事件：CaseVault 標識</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="74" />
      <source>Incident: key</source>
      <translation>事件：鍵</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="74" />
      <source>Incident: tactic</source>
      <translation>事件：手段</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="75" />
      <source>Incident: date</source>
      <translation>事件：日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="75" />
      <source>Incident: end date</source>
      <translation>事件：結束日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="76" />
      <source>Incident: country</source>
      <translation>事件：國家</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="76" />
      <source>Incident: city</source>
      <translation>事件：城市</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="77" />
      <source>Incident: description</source>
      <translation>事件：描述</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="77" />
      <source>Incident: verification</source>
      <translation>事件：核實</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="78" />
      <source>Incident: host state's part</source>
      <translation>事件：東道國的角色</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="78" />
      <source>Source: citation</source>
      <translation>來源：引文</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: URL</source>
      <translation>來源：網址</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: kind</source>
      <translation>來源：類型</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: date</source>
      <translation>來源：日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="80" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="80" />
      <source>Outcome: date</source>
      <translation>結果：日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="86" />
      <source>Relative {n}: name (Latin script)</source>
      <translation>親屬{n}：姓名（拉丁字母）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="87" />
      <source>Relative {n}: name (original script)</source>
      <translation>親屬{n}：姓名（原文）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="87" />
      <source>Relative {n}: relation</source>
      <translation>親屬{n}：關係</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="88" />
      <source>Relative {n}: role in the case</source>
      <translation>親屬{n}：在案件中的角色</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="89" />
      <source>Relative {n}: sex</source>
      <translation>親屬{n}：性別</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="89" />
      <source>Relative {n}: date of birth</source>
      <translation>親屬{n}：出生日期</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="90" />
      <source>Relative {n}: consent</source>
      <translation>親屬{n}：同意</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="90" />
      <source>Relative {n}: notes</source>
      <translation>親屬{n}：備註</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Father</source>
      <translation>父親</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Mother</source>
      <translation>母親</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Son</source>
      <translation>兒子</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Daughter</source>
      <translation>女兒</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Brother</source>
      <translation>兄弟</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Sister</source>
      <translation>姐妹</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Husband</source>
      <translation>丈夫</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Wife</source>
      <translation>妻子</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="103" />
      <source>Safeguard Defenders-style list of returns</source>
      <translation>遣返名單（Safeguard Defenders 格式）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="104" />
      <source>Freedom House-style list of incidents</source>
      <translation>事件名單（Freedom House 格式）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="105" />
      <source>CaseVault workbook: Cases sheet</source>
      <translation>CaseVault 工作簿：案件表</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="106" />
      <source>CaseVault workbook: Incidents sheet</source>
      <translation>CaseVault 工作簿：事件表</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="115" />
      <source>Choose a spreadsheet</source>
      <translation>選擇電子表格</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="116" />
      <source>A CSV or XLSX file, and how its columns become cases. Nothing is written until the last step.</source>
      <translation>CSV 或 XLSX 文件，以及其各列如何成為案件。在最後一步之前不會寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="121" />
      <source>&amp;Choose…</source>
      <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="133" />
      <source>Guess from the column headers</source>
      <translation>根據列標題推測</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="136" />
      <source>&amp;Open a saved mapping…</source>
      <translation>打開已保存的映射(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="145" />
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="146" />
      <source>Sheet:</source>
      <translation>工作表：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="147" />
      <source>Mapping:</source>
      <translation>映射：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="151" />
      <location filename="../ui/import_table_wizard.py" line="492" />
      <source>Import spreadsheet</source>
      <translation>導入電子表格</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="159" />
      <source>Reading…</source>
      <translation>正在讀取…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="169" />
      <source>{rows} row(s), {columns} column(s).</source>
      <translation>{rows} 行，{columns} 列。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="171" />
      <source>Read as {encoding} text.</source>
      <translation>按 {encoding} 文本讀取。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="176" />
      <source>This file cannot be imported: {error}</source>
      <translation>無法導入此文件：{error}</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="181" />
      <location filename="../ui/import_table_wizard.py" line="187" />
      <source>Open a mapping</source>
      <translation>打開映射</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="213" />
      <source>Match the columns</source>
      <translation>匹配各列</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="214" />
      <source>Choose what each column holds. The key column names the case of each row. Each relative's column is a person of its own: give the relation where the column says it.</source>
      <translation>選擇每一列的內容。鍵列指明每一行所屬的案件。每個親屬列是一個單獨的人：如果列名說明了關係，請選擇該關係。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="218" />
      <source>One row per case</source>
      <translation>每個案件一行</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="219" />
      <source>One row per incident, grouped into cases by the key</source>
      <translation>每個事件一行，按鍵歸入案件</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>First value</source>
      <translation>首個值</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>Imported as</source>
      <translation>導入為</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>Relation</source>
      <translation>關係</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="231" />
      <location filename="../ui/import_table_wizard.py" line="374" />
      <source>&amp;Save mapping…</source>
      <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="235" />
      <source>Rows:</source>
      <translation>行：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="236" />
      <source>Key column:</source>
      <translation>鍵列：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="276" />
      <source>(from a column)</source>
      <translation>（來自某一列）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="335" />
      <location filename="../ui/import_table_wizard.py" line="341" />
      <source>Save mapping</source>
      <translation>保存映射</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="354" />
      <source>Check before importing</source>
      <translation>導入前檢查</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="355" />
      <source>A dry run: nothing has been written yet.</source>
      <translation>試運行：尚未寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="366" />
      <source>Value in the sheet</source>
      <translation>表格中的值</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="366" />
      <source>Import as</source>
      <translation>導入為</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="371" />
      <source>Check &amp;again</source>
      <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="383" />
      <source>Problems, by row and column:</source>
      <translation>問題（按行和列）：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="385" />
      <source>Values to map once (saved in the mapping):</source>
      <translation>需要映射一次的值（保存在映射中）：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="387" />
      <source>Persons who may be one person (tick to merge them):</source>
      <translation>可能為同一人的人員（勾選以合併）：</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="408" />
      <source>Checking every row…</source>
      <translation>正在檢查每一行…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="426" />
      <source>{rows} row(s): {created} record(s) to create, {updated} to change, {unchanged} unchanged; {errors} error(s), {warnings} warning(s).</source>
      <translation>{rows} 行：將新建 {created} 條記錄，修改 {updated} 條，{unchanged} 條不變；{errors} 個錯誤，{warnings} 個警告。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="431" />
      <source>{kept} record(s) changed in the vault since the sheet last said otherwise: the vault's values are kept.</source>
      <translation>{kept} 條記錄在表格上次導入後已在保險庫中修改：保留保險庫中的值。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="434" />
      <source>{conflicts} record(s) changed both in the sheet and in the vault: each becomes a conflict to resolve, and the vault's version stays until then.</source>
      <translation>{conflicts} 條記錄在表格和保險庫中都被修改：每條都成為待解決的衝突，在此之前保留保險庫中的版本。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="438" />
      <source>Fix the sheet or map the values below, then check again.</source>
      <translation>請修正表格或映射下列值，然後重新檢查。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="455" />
      <source>(choose)</source>
      <translation>（請選擇）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="471" />
      <source>(rows {rows})</source>
      <translation>（第 {rows} 行）</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="473" />
      <source>— already in the vault</source>
      <translation>— 已在保險庫中</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="503" />
      <source>&amp;Import</source>
      <translation>導入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="515" />
      <location filename="../ui/import_table_wizard.py" line="540" />
      <source>Importing…</source>
      <translation>正在導入…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="515" />
      <source>Checking row {n} of {total}…</source>
      <translation>正在檢查第 {n} 行（共 {total} 行）…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="532" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="549" />
      <source>Cancelled: nothing was imported.</source>
      <translation>已取消：未導入任何內容。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="550" />
      <source>Nothing was imported: {error}</source>
      <translation>未導入任何內容：{error}</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="559" />
      <source>{cases} case(s) imported: {written} record(s) created or changed.</source>
      <translation>已導入 {cases} 個案件：新建或修改了 {written} 條記錄。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="562" />
      <source>{n} person(s) merged into another.</source>
      <translation>{n} 人已合併到另一人。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="564" />
      <source>{n} conflict(s) wait for your choice (Vault &gt; Conflicts).</source>
      <translation>{n} 個衝突等待您的選擇（保險庫 &gt; 衝突）。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="576" />
      <source>Spreadsheet imported</source>
      <translation>電子表格已導入</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="591" />
      <location filename="../ui/import_table_wizard.py" line="601" />
      <source>Export spreadsheet</source>
      <translation>導出電子表格</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="596" />
      <source>The workbook will NOT be encrypted: anyone who gets the file can read it. Keep it on an encrypted disk and delete it after use.</source>
      <translation>該工作簿不會加密：任何拿到文件的人都能讀取。請將其存放在加密磁盤上，用後刪除。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="599" />
      <source>Public profile: persons who did not consent to publication appear as pseudonyms; contact details, exact places and internal case details are left out.</source>
      <translation>公開版：未同意公開的人員以化名顯示；聯繫方式、確切地點和案件內部細節均被略去。</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="606" />
      <source>Spreadsheet written</source>
      <translation>電子表格已寫入</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="606" />
      <source>Wrote {path}: {cases} case(s), {persons} person(s), {incidents} incident(s).</source>
      <translation>已寫入 {path}：{cases} 個案件，{persons} 人，{incidents} 個事件。</translation>
    </message>
    <message>
      <source>Relative: name (Latin script)</source>
      <translation type="vanished">親屬：姓名（拉丁字母）</translation>
    </message>
    <message>
      <source>Relative: name (original script)</source>
      <translation type="vanished">親屬：姓名（原文）</translation>
    </message>
    <message>
      <source>Relative: relation to the target</source>
      <translation type="vanished">親屬：與當事人的關係</translation>
    </message>
    <message>
      <source>Relative or other person: role</source>
      <translation type="vanished">親屬或其他人員：角色</translation>
    </message>
    <message>
      <source>Relative: notes</source>
      <translation type="vanished">親屬：備註</translation>
    </message>
    <message>
      <source>Choose what each column holds. The key column names the case of each row.</source>
      <translation type="vanished">選擇每一列的內容。鍵列指明每一行所屬的案件。</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="54" />
      <source>{where}: {what}</source>
      <translation>{where}：{what}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="156" />
      <source>{month} {year}</source>
      <translation>{year}年{m}月</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="157" />
      <source>{day} {month} {year}</source>
      <translation>{year}年{m}月{day}日</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="165" />
      <source>date unknown</source>
      <translation>日期不詳</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="169" />
      <source>until {date}</source>
      <translation>至{date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="170" />
      <source>{start} – {end}</source>
      <translation>{start}至{end}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>circa {date}</source>
      <translation>約{date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>early {date}</source>
      <translation>{date}初</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>mid-{date}</source>
      <translation>{date}中</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>late {date}</source>
      <translation>{date}末</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>before {date}</source>
      <translation>{date}之前</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>after {date}</source>
      <translation>{date}之後</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} year</source>
      <translation>{n}年</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} years</source>
      <translation>{n}年</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} month</source>
      <translation>{n}個月</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} months</source>
      <translation>{n}個月</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} week</source>
      <translation>{n}周</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} weeks</source>
      <translation>{n}周</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} day</source>
      <translation>{n}天</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} days</source>
      <translation>{n}天</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="204" />
      <source>{name} (group, number unknown)</source>
      <translation>{name}（群體，人數不詳）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="206" />
      <source>{name} (group of {size})</source>
      <translation>{name}（群體，{size}人）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="208" />
      <source>{name} (unidentified)</source>
      <translation>{name}（身份不明）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="286" />
      <source>Extradition request</source>
      <translation>引渡請求</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="151" />
      <source>&amp;Vault</source>
      <translation>保險庫(&amp;V)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="152" />
      <source>&amp;Lock</source>
      <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="153" />
      <source>Lock and &amp;minimise</source>
      <translation>鎖定並最小化(&amp;M)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="156" />
      <source>&amp;Back up vault…</source>
      <translation>備份保險庫(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="158" />
      <source>E&amp;xport bundle…</source>
      <translation>導出數據包(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="160" />
      <source>&amp;Import bundle…</source>
      <translation>導入數據包(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="162" />
      <source>Import spr&amp;eadsheet…</source>
      <translation>導入電子表格(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="164" />
      <source>Export sp&amp;readsheet…</source>
      <translation>導出電子表格(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="166" />
      <source>Export &amp;public spreadsheet…</source>
      <translation>導出公開電子表格(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="169" />
      <source>&amp;Conflicts…</source>
      <translation>衝突(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="171" />
      <source>Comp&amp;act vault…</source>
      <translation>壓縮保險庫(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="174" />
      <source>&amp;Organisations…</source>
      <translation>組織(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="176" />
      <source>S&amp;tatistics…</source>
      <translation>統計(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="179" />
      <source>&amp;Settings…</source>
      <translation>設置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="180" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="181" />
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <location filename="../ui/main_window.py" line="244" />
      <source>&amp;Undo</source>
      <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="184" />
      <source>&amp;Find cases</source>
      <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="185" />
      <source>&amp;Case</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="186" />
      <source>&amp;New case…</source>
      <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>New &amp;incident…</source>
      <translation>新建事件(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="190" />
      <source>&amp;Delete case…</source>
      <translation>刪除案件(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="193" />
      <source>&amp;Export dossier…</source>
      <translation>導出卷宗(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="195" />
      <source>&amp;Help</source>
      <translation>幫助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="196" />
      <source>&amp;About CaseVault</source>
      <translation>關於 CaseVault(&amp;A)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="247" />
      <source>&amp;Undo: {action} {what}</source>
      <translation>撤銷(&amp;U)：{action}{what}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="285" />
      <source>{n} more wrong passphrase(s) and this vault will be erased.</source>
      <translation>再輸錯 {n} 次口令，本保險庫將被抹除。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="297" />
      <source>Too many wrong passphrases: the vault {file} was erased.</source>
      <translation>口令錯誤次數過多：保險庫 {file} 已被抹除。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="301" />
      <source>Too many wrong passphrases, but the vault could not be erased: {error}</source>
      <translation>口令錯誤次數過多，但無法抹除保險庫：{error}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="309" />
      <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation>口令錯誤。請檢查大寫鎖定和鍵盤佈局後重試。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="311" />
      <source>This vault is already open in another CaseVault window. Close it there first.</source>
      <translation>此保險庫已在另一個 CaseVault 窗口中打開，請先在那裡關閉。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="313" />
      <source>There is no file at this location.</source>
      <translation>此位置沒有文件。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="315" />
      <source>This file is not a CaseVault vault.</source>
      <translation>此文件不是 CaseVault 保險庫。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="317" />
      <source>This vault was written by a newer CaseVault. Update CaseVault to open it.</source>
      <translation>此保險庫由更新版本的 CaseVault 寫入。請更新 CaseVault 後再打開。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="361" />
      <location filename="../ui/main_window.py" line="428" />
      <location filename="../ui/main_window.py" line="527" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="362" />
      <source>Save your changes before locking?</source>
      <translation>鎖定前保存修改？</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="416" />
      <source>The vault locked itself, but some unsaved changes could not be saved: {problems}</source>
      <translation>保險庫已自動鎖定，但部分未保存的修改無法保存：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="419" />
      <source>The vault is locked.</source>
      <translation>保險庫已鎖定。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="429" />
      <source>Save the changes to this case before opening another?</source>
      <translation>打開其他案件前保存對此案件的修改？</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="470" />
      <source>New case</source>
      <translation>新建案件</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="519" />
      <source>CaseVault</source>
      <translation>CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="527" />
      <source>Save your changes before quitting?</source>
      <translation>退出前保存修改？</translation>
    </message>
    <message>
      <source>Import &amp;spreadsheet…</source>
      <translation type="vanished">導入電子表格(&amp;S)…</translation>
    </message>
    <message>
      <source>Co&amp;mpact vault…</source>
      <translation type="vanished">壓縮保險庫(&amp;M)…</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../db/dates.py" line="60" />
      <source>{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>{value} 不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="63" />
      <source>{value} has year 0000, which does not exist</source>
      <translation>{value} 的年份為 0000，該年份不存在</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="65" />
      <source>{value} has no month {month}</source>
      <translation>{value} 沒有 {month} 月</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="186" />
      <source>{value} is not a duration such as P6Y, P1Y6M, P20D or '6 years'</source>
      <translation>{value} 不是時長（如 P6Y、P1Y6M、P20D 或“6年”）</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="70" />
      <source>{value} has no day {day} in that month</source>
      <translation>{value}：該月沒有 {day} 日</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="429" />
      <source>the {entity} {id} needs record {ref}, which neither the bundle nor this vault holds; nothing was imported</source>
      <translation>{entity} {id} 需要記錄 {ref}，但數據包和本保險庫中都沒有該記錄；未導入任何內容</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="427" />
      <source>the {entity} {id} needs record {ref}, which neither the file nor this vault holds; nothing was imported</source>
      <translation>{entity} {id} 需要記錄 {ref}，但文件和本保險庫中都沒有該記錄；未導入任何內容</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="441" />
      <source>source {old} from the file is now {new}: {old} is used here</source>
      <translation>文件中的信息來源 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="442" />
      <source>source {old} from the bundle is now {new}: {old} is used here</source>
      <translation>數據包中的信息來源 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="436" />
      <source>case {old} from the file is now {new}: {old} is used here</source>
      <translation>文件中的案件 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="437" />
      <source>case {old} from the bundle is now {new}: {old} is used here</source>
      <translation>數據包中的案件 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="439" />
      <source>exhibit {old} from the file is now {new}: {old} is used here</source>
      <translation>文件中的證據 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="440" />
      <source>exhibit {old} from the bundle is now {new}: {old} is used here</source>
      <translation>數據包中的證據 {old} 現改為 {new}：{old} 在此已被使用</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="507" />
      <source>the file lacks the file of exhibit {label} ({id})</source>
      <translation>文件中缺少證據 {label}（{id}）的文件</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="509" />
      <source>the bundle lacks the file of exhibit {label} ({id})</source>
      <translation>數據包中缺少證據 {label}（{id}）的文件</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>ours</source>
      <translation>保留了本保險庫的版本</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>theirs</source>
      <translation>保留了另一保險庫的版本</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>superseded</source>
      <translation>已被較新的衝突取代</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="310" />
      <source>settled</source>
      <translation>之後的合併已使兩個版本一致</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="315" />
      <source>Conflict {id} is already resolved ({resolution}).</source>
      <translation>衝突 {id} 已解決（{resolution}）。</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="277" />
      <source>Choose which version to keep: ours or theirs.</source>
      <translation>請選擇要保留的版本：ours（本方）或 theirs（對方）。</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="358" />
      <source>the case was deleted here since the conflict was found; nothing to decide</source>
      <translation>自發現該衝突以來，此案件已在此處被刪除；無需再作決定</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="33" />
      <source>cannot be read ({why})</source>
      <translation>無法讀取（{why}）</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>organisation</source>
      <translation>組織</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>incident</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>source</source>
      <translation>信息來源</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>exhibit</source>
      <translation>證據</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>intervention</source>
      <translation>行動</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>note</source>
      <translation>筆記</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="47" />
      <source>task</source>
      <translation>任務</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="47" />
      <source>interpol_notice</source>
      <translation>國際刑警組織通報</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="48" />
      <source>extradition_request</source>
      <translation>引渡請求</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="48" />
      <source>outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="55" />
      <source>must be a country code</source>
      <translation>必須是國家代碼</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="57" />
      <source>{value} is not an ISO 3166 country code (two letters, such as CN or CA)</source>
      <translation>{value} 不是 ISO 3166 國家代碼（兩個字母，如 CN 或 CA）</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="72" />
      <source>cannot point to the record itself</source>
      <translation>不能指向記錄本身</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="102" />
      <source>names a source twice</source>
      <translation>重複引用了同一來源</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="131" />
      <source>{value} is already used by another case</source>
      <translation>{value} 已被另一個案件使用</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="209" />
      <source>describe the group or the unidentified person (for example 'relatives in China' or 'man who approached him')</source>
      <translation>請描述該群體或身份不明的人（例如“在中國的親屬”或“接近他的男子”）</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="218" />
      <source>must be a whole number of people, 1 or more (or left empty)</source>
      <translation>必須是不小於 1 的整數人數（或留空）</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="220" />
      <source>only a group has a size and members</source>
      <translation>只有群體才有人數和成員</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="234" />
      <source>lists a person twice, or the group itself</source>
      <translation>重複列出了同一人，或列出了群體本身</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="239" />
      <source>{name} is still part of {n} role(s), incident(s), exhibit(s), filing(s), notice(s) or group(s); remove those first</source>
      <translation>{name} 仍出現在 {n} 個角色、事件、證據、申訴、通報或群體中；請先將其移除</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="274" />
      <source>an organisation needs a name</source>
      <translation>組織需要名稱</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="283" />
      <source>{name} is still named in {n} incident(s), filing(s), notice(s) or organisation(s); remove it there first</source>
      <translation>{name} 仍被 {n} 個事件、申訴、通報或組織提及；請先在那裡移除</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="306" />
      <source>a relative or associate needs a relation to the target (parent, child, business partner, friend...)</source>
      <translation>親屬或關係人需要填寫與目標人物的關係（父母、子女、生意夥伴、朋友……）</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="324" />
      <source>ends before it starts</source>
      <translation>結束日期早於開始日期</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="330" />
      <source>is needed for 'more than', 'about' or 'less than'</source>
      <translation>選擇“超過”“約”或“不到”時必須填寫</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="334" />
      <source>names a target twice</source>
      <translation>重複列出了同一目標人物</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="408" />
      <source>must be a whole number, 1 or more</source>
      <translation>必須是不小於 1 的整數</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="444" />
      <source>must be 64 hexadecimal digits</source>
      <translation>必須為 64 位十六進制數字</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="448" />
      <source>only a translation has a translator</source>
      <translation>只有譯文才有譯者</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="501" />
      <source>the bytes of exhibit {label} do not match its SHA-256</source>
      <translation>證據 {label} 的內容與其 SHA-256 不符</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="531" />
      <source>a decision date needs the decision</source>
      <translation>填寫決定日期時須填寫決定</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="208" />
      <source>a person needs a name in Latin or original script</source>
      <translation>人員需要拉丁字母或原文姓名</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="229" />
      <source>{value} is not an ISO 3166 country code (such as CN)</source>
      <translation>{value} 不是 ISO 3166 國家代碼（如 CN）</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="340" />
      <source>give a country, a city or a place</source>
      <translation>請填寫國家、城市或地點</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="345" />
      <source>name exactly one person or one organisation</source>
      <translation>請指定唯一一個人員或組織</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="624" />
      <location filename="../exporters/interchange_explain.py" line="55" />
      <source>{value} is not one of: {keys}</source>
      <translation>{value} 不在以下選項中：{keys}</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="601" />
      <source>is {n:,} characters long; at most {most:,} are allowed (keep long documents as exhibits)</source>
      <translation>長度為 {n} 個字符；最多允許 {most} 個（長文件請作為證據保存）</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="612" />
      <source>is required</source>
      <translation>為必填項</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="606" />
      <source>holds characters that are not valid Unicode text</source>
      <translation>包含無效的 Unicode 字符</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="565" />
      <source>has {n:,} entries; at most {most:,} are allowed</source>
      <translation>有 {n} 項；最多允許 {most} 項</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="572" />
      <source>{value} is too large a number</source>
      <translation>{value} 數值過大</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="142" />
      <source>The 'to' date {value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>截止日期 {value} 不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="72" />
      <source>The 'from' date is after the 'to' date.</source>
      <translation>起始日期晚於截止日期。</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="140" />
      <source>The 'from' date {value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>起始日期 {value} 不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
      <location filename="../db/search_query.py" line="98" />
      <source>The search text is too long ({n} characters; at most {most}).</source>
      <translation>搜索文字過長（{n} 個字符；最多 {most} 個）。</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="210" />
      <source>is missing or not a str</source>
      <translation>缺失或不是文本（str）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="210" />
      <source>is missing or not a dict</source>
      <translation>缺失或不是對象（dict）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="211" />
      <source>is missing or not a list</source>
      <translation>缺失或不是列表（list）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="293" />
      <source>$.document ({entity} {id})</source>
      <translation>$.document（{entity} {id}）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="207" />
      <source>{what}; nothing was imported</source>
      <translation>{what}；未導入任何內容</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="196" />
      <source>holds an incomplete payload</source>
      <translation>內容不完整</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="218" />
      <source>is not a version vector</source>
      <translation>不是版本向量</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="225" />
      <source>is not an audit-chain head [seq, hash]</source>
      <translation>不是審計鏈的鏈頭 [seq, hash]</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="234" />
      <source>this is not a CaseVault bundle payload</source>
      <translation>這不是 CaseVault 數據包的內容</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="237" />
      <source>this bundle was made by an older CaseVault (bundle format 1), which this one no longer reads: update CaseVault on the laptop that made it and export again</source>
      <translation>此數據包由舊版 CaseVault 製作（數據包格式 1），此版本已不再讀取：請在製作它的電腦上更新 CaseVault 後重新導出</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="241" />
      <source>version {version} is not one this CaseVault reads; update CaseVault</source>
      <translation>此 CaseVault 無法讀取版本 {version}；請更新 CaseVault</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="249" />
      <source>must be all, cases or for</source>
      <translation>必須是 all、cases 或 for</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="203" />
      <source>holds a payload that is not valid JSON</source>
      <translation>內容不是有效的 JSON</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="265" />
      <source>a record in a bundle must carry its revision</source>
      <translation>數據包中的記錄必須帶有其修訂信息</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="267" />
      <source>a record does not match its revision's digest</source>
      <translation>記錄與其修訂信息中的摘要不符</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="275" />
      <source>is not a tombstone</source>
      <translation>不是刪除標記</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="277" />
      <source>record {id} is both present and deleted</source>
      <translation>記錄 {id} 既存在又已刪除</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="192" />
      <source>holds data that does not decompress</source>
      <translation>含有無法解壓的數據</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="281" />
      <source>only a case's tombstone covers other records</source>
      <translation>只有案件的刪除標記才能涵蓋其他記錄</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="188" />
      <source>would expand to more than {mb:,} MB, far more than any bundle CaseVault writes</source>
      <translation>解壓後將超過 {mb} MB，遠大於 CaseVault 寫出的任何數據包</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="151" />
      <source>was modified or damaged (part {part} does not authenticate)</source>
      <translation>已被修改或損壞（第 {part} 部分未通過驗證）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="47" />
      <source>{name} is not a CaseVault bundle.</source>
      <translation>{name} 不是 CaseVault 數據包。</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="52" />
      <source>{name} was written by a newer CaseVault (bundle format {version}; this version reads format {reads}). Update CaseVault to import it.</source>
      <translation>{name} 由較新版本的 CaseVault 寫出（數據包格式 {version}；此版本可讀取格式 {reads}）。請更新 CaseVault 後再導入。</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="59" />
      <source>Wrong passphrase for bundle {name} (or its header was changed); nothing was imported.</source>
      <translation>數據包 {name} 的口令錯誤（或其文件頭已被修改）；未導入任何內容。</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="67" />
      <source>Bundle {name} {why}; nothing was imported.</source>
      <translation>數據包 {name} {why}；未導入任何內容。</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="115" />
      <source>is incomplete (cut off in its header)</source>
      <translation>不完整（在文件頭處被截斷）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="123" />
      <source>has a damaged header</source>
      <translation>文件頭已損壞</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="150" />
      <source>is damaged or incomplete (its end does not authenticate)</source>
      <translation>已損壞或不完整（結尾未通過驗證）</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="148" />
      <source>is incomplete (it was cut off)</source>
      <translation>不完整（被截斷）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="240" />
      <source>the JSON is nested too deeply</source>
      <translation>JSON 嵌套層級過深</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="233" />
      <source>line {line}, column {column}</source>
      <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="244" />
      <source>Expecting value</source>
      <translation>此處應為一個值</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="245" />
      <source>Expecting ',' delimiter</source>
      <translation>此處應為分隔符“,”</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="246" />
      <source>Expecting ':' delimiter</source>
      <translation>此處應為分隔符“:”</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="247" />
      <source>Expecting property name enclosed in double quotes</source>
      <translation>此處應為用雙引號括起的字段名</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="248" />
      <source>Unterminated string starting at</source>
      <translation>從此處開始的字符串沒有結束</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="249" />
      <source>Invalid control character at</source>
      <translation>此處有無效的控制字符</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="250" />
      <source>Invalid \escape</source>
      <translation>無效的 \ 轉義序列</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="251" />
      <source>Invalid \uXXXX escape</source>
      <translation>無效的 \uXXXX 轉義序列</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="252" />
      <source>Extra data</source>
      <translation>多餘的數據</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="258" />
      <source>invalid JSON: {why}</source>
      <translation>JSON 無效：{why}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="540" />
      <source>no person has id {id}</source>
      <translation>沒有 id 為 {id} 的人員</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="544" />
      <source>no organisation has id {id}</source>
      <translation>沒有 id 為 {id} 的組織</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="237" />
      <source>byte {n}</source>
      <translation>第 {n} 字節</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="237" />
      <source>the file is not UTF-8 text</source>
      <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="284" />
      <source>version {version} was written by a newer CaseVault; this one reads versions {versions}</source>
      <translation>版本 {version} 由較新版本的 CaseVault 寫出；此版本可讀取的版本為 {versions}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="222" />
      <source>is {size} MB; an interchange file may hold at most {limit} MB (exchange bigger vaults with a bundle)</source>
      <translation>大小為 {size} MB；交換文件最多可為 {limit} MB（更大的保險庫請用數據包交換）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="466" />
      <source>id {id} appears twice in the file</source>
      <translation>id {id} 在文件中出現了兩次</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="476" />
      <source>the bytes do not match the exhibit's sha256</source>
      <translation>文件內容與證據的 sha256 不符</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="478" />
      <source>is {size} but the data holds {n} bytes</source>
      <translation>為 {size}，但數據有 {n} 字節</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="513" />
      <source>no source of this case has id {id}</source>
      <translation>本案件中沒有 id 為 {id} 的信息來源</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="515" />
      <source>no exhibit of this case has id {id}</source>
      <translation>本案件中沒有 id 為 {id} 的證據</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="517" />
      <source>no Interpol notice or extradition request of this case has id {id}</source>
      <translation>本案件中沒有 id 為 {id} 的國際刑警組織通報或引渡請求</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="576" />
      <source>{entity} {id} has the id of a deleted {other}; nothing was imported</source>
      <translation>{entity} {id} 與一條已刪除的{other}記錄 id 相同；未導入任何內容</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="474" />
      <source>is not valid base64</source>
      <translation>不是有效的 base64</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="570" />
      <source>{entity} {id} has the id of a {other} in this vault; nothing was imported</source>
      <translation>{entity} {id} 與本保險庫中一條{other}記錄的 id 相同；未導入任何內容</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="501" />
      <source>{label} is used twice in this case</source>
      <translation>{label} 在本案件中被使用了兩次</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>a whole number</source>
      <translation>整數</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>true or false</source>
      <translation>true 或 false</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>an object</source>
      <translation>對象</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="91" />
      <source>a number</source>
      <translation>數字</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="25" />
      <source>{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, or names a day, month or year 0000 that does not exist</source>
      <translation>{value} 不是以 ASCII 數字書寫的 YYYY、YYYY-MM 或 YYYY-MM-DD 格式日期，或指向了不存在的日、月或 0000 年</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="27" />
      <source>{value} is not a UTC timestamp such as 2026-11-22T13:45:40.123Z</source>
      <translation>{value} 不是 UTC 時間戳（例如 2026-11-22T13:45:40.123Z）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="28" />
      <source>{value} is not an id: ids are UUIDs written in lower case, such as 0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f</source>
      <translation>{value} 不是 id：id 是以小寫字母書寫的 UUID，例如 0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="30" />
      <source>{value} is not a duration such as P6Y (six years), P1Y6M, P3W or P20D</source>
      <translation>{value} 不是時長，時長應寫作 P6Y（六年）、P1Y6M、P3W 或 P20D 等形式</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="32" />
      <source>{value} is empty; it is required</source>
      <translation>{value} 為空；此項必填</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="33" />
      <source>{value} is not a SHA-256 (64 lower-case hexadecimal digits)</source>
      <translation>{value} 不是 SHA-256（64 位小寫十六進制數字）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="64" />
      <source>{value} is not {types}</source>
      <translation>{value} 不是{types}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="75" />
      <source>names the same record twice</source>
      <translation>重複指向了同一條記錄</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="77" />
      <source>an actor names exactly one person or one organisation</source>
      <translation>每個行為方必須且只能指向一個人員或一個組織</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="81" />
      <source>must not be empty here (it goes with another field of this record)</source>
      <translation>此處不能為空（它與此記錄的另一字段相關聯）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="83" />
      <source>a place needs a country, a city or a description</source>
      <translation>地點需要國家、城市或描述</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="85" />
      <source>needs a name in Latin or original script (or a description)</source>
      <translation>需要拉丁字母名稱或原文名稱（或描述）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="50" />
      <source>{value} is not an ISO 3166 country code (two capital letters, such as CN or CA)</source>
      <translation>{value} 不是 ISO 3166 國家代碼（兩個大寫字母，例如 CN 或 CA）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="54" />
      <source>{value} is not one of: {keys} (or empty)</source>
      <translation>{value} 不是以下值之一：{keys}（或留空）</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="61" />
      <source>{value} is neither 'start' nor the id of an incident</source>
      <translation>{value} 既不是“start”，也不是某個事件的 id</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="69" />
      <source>{name} is required</source>
      <translation>{name} 為必填項</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="73" />
      <source>{name} is not a field of this record</source>
      <translation>{name} 不是此記錄的字段</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="65" />
      <source>{a} or {b}</source>
      <translation>{a}或{b}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="197" />
      <source>invalid JSON: expected {a} or {b}, found {found}</source>
      <translation>JSON 無效：此處應為 {a} 或 {b}，實際為 {found}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="193" />
      <source>invalid JSON: expected {a}, found {found}</source>
      <translation>JSON 無效：此處應為 {a}，實際為 {found}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="195" />
      <source>invalid JSON: expected {a} or {b}, found the end of the file</source>
      <translation>JSON 無效：此處應為 {a} 或 {b}，但文件已結束</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="192" />
      <source>invalid JSON: expected {a}, found the end of the file</source>
      <translation>JSON 無效：此處應為 {a}，但文件已結束</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="212" />
      <source>{value} is not of type 'object'</source>
      <translation>{value} 不是“object”類型</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="240" />
      <source>invalid JSON: extra data after the document</source>
      <translation>JSON 無效：文檔之後還有多餘的數據</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="281" />
      <source>this is not a CaseVault interchange file</source>
      <translation>這不是 CaseVault 交換文件</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="219" />
      <source>invalid JSON: expected a field name</source>
      <translation>JSON 無效：此處應為字段名</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="349" />
      <source>persons and organisations must all come before the cases or all after them</source>
      <translation>人員和組織必須全部位於案件之前或全部位於案件之後</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="209" />
      <source>The exhibits that support no incident of the case ({labels}) run to {pages} pages: if they are country-condition material, the Division expects a justification for more than about {most} pages.</source>
      <translation>不支持本案任何事件的證據（{labels}）共 {pages} 頁：如屬國家狀況材料，超過約 {most} 頁時，審理庭要求說明理由。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="178" />
      <source>Open tasks are not printed in this profile.</source>
      <translation>此方案不打印未完成的任務。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="180" />
      <source>The original exhibit files are not attached to a public dossier: they are the files as stored, with any name, place or metadata in them, which redaction cannot reach.</source>
      <translation>公開版卷宗不附證據原始文件：原始文件按保存原樣，其中的姓名、地點或元數據無法匿名化。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="184" />
      <source>Not PDF/A: the PDF exhibit(s) {labels} use fonts that are not embedded or CMYK colours, which an archival PDF may not hold. The package is an ordinary PDF.</source>
      <translation>非 PDF/A：PDF 證據 {labels} 使用了未嵌入的字體或 CMYK 顏色，存檔 PDF 不能包含這些內容。此文件包為普通 PDF。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="221" />
      <source>The hearing is in {days} day(s): disclosure must reach the Division at least {need} days before it. Late documents need the Division's leave; say why they are late.</source>
      <translation>距聽證還有 {days} 天：披露材料須至少在聽證前 {need} 天送達審理庭。逾期文件需經審理庭准許，並說明逾期原因。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="348" />
      <source>Withheld because they show a person who may not be named in this profile: {labels}.</source>
      <translation>因顯示了此方案中不可具名的人而未收錄：{labels}。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="352" />
      <source>Images and PDF documents withheld because who appears in them is not recorded: {labels}. Record it in each exhibit's details, or confirm them for this dossier.</source>
      <translation>因未記錄其中出現的人而未收錄的圖片和 PDF 文件：{labels}。請在各證據的詳情中記錄，或為本卷宗確認。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="356" />
      <source>{n} contact detail(s) found in the text (phone numbers, e-mail addresses, messenger handles) were replaced by a note that they are withheld.</source>
      <translation>文本中發現的 {n} 項聯繫方式（電話號碼、電子郵件地址、通訊軟件賬號）已替換為“聯繫方式已隱去”的說明。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="359" />
      <source>{n} text field(s) longer than {characters:,} characters or {lines:,} lines were cut; the dossier says where.</source>
      <translation>{n} 個超過 {characters} 字或 {lines} 行的文本字段已截斷；卷宗中註明了截斷位置。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="363" />
      <source>The stored file of {labels} no longer matches the SHA-256 recorded at intake; the dossier says so.</source>
      <translation>{labels} 的已存文件與錄入時記錄的 SHA-256 不再一致；卷宗中已註明。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="367" />
      <source>Images not reproduced because they could not be read or are too large: {labels}.</source>
      <translation>因無法讀取或過大而未收錄的圖片：{labels}。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="277" />
      <source>No translation is recorded for {labels} (not in English or French): record the translation as an exhibit (a translation of it, with its translator) before filing.</source>
      <translation>{labels} 未記錄譯文（非英文或法文）：提交前請將譯文作為證據錄入（註明為其譯文及譯者）。</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="283" />
      <source>Every source of this case is a media report: a UN communication that rests only on media reports is not admissible. Add what else supports the facts.</source>
      <translation>本案所有來源均為媒體報道：僅依據媒體報道的聯合國來文不予受理。請補充其他支持事實的材料。</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="873" />
      <source>{value} is not among the values this column may take; map it to one (the mapping's "values")</source>
      <translation>{value} 不是此列可用的值；請將其對應到其中一個值（映射中的“values”）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="859" />
      <source>lists {n} date(s) of birth for {count} persons; give one for each, in the same order ("?" for one not known)</source>
      <translation>為 {count} 人列出了 {n} 個出生日期；請按相同順序為每人給出一個（未知的寫“?”）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="236" />
      <source>lists {n} values for {count} persons; give one for all, or one for each in the same order</source>
      <translation>為 {count} 人列出了 {n} 個值；請給出一個適用於所有人的值，或按相同順序為每人給出一個</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="414" />
      <source>has no tactic; the incident is recorded as "other"</source>
      <translation>未填寫手段；該事件記為“其他”</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="522" />
      <source>lists {n} original name(s) for {names} name(s); give them in the same order, one for each</source>
      <translation>為 {names} 個姓名列出了 {n} 個原文姓名；請按相同順序一一對應</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="340" />
      <source>the date differs from an earlier row's with the same key; the earlier date is kept</source>
      <translation>日期與前面同一鍵值的行不同；保留前面的日期</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="359" />
      <source>the mapping names this column but the sheet has none</source>
      <translation>映射中有此列，但表格中沒有</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="372" />
      <source>has no value in the key column {key}; the row is not imported</source>
      <translation>鍵列 {key} 中沒有值；此行不導入</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="387" />
      <source>{value} is not a CaseVault id</source>
      <translation>{value} 不是 CaseVault 編號</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="458" />
      <source>is not a version CaseVault wrote; the row is compared with the vault as a sheet made elsewhere</source>
      <translation>不是 CaseVault 寫入的版本；此行將作為其他來源的表格與保險庫比較</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="347" />
      <source>is {value} here but {kept} in an earlier row with the same key; the earlier value is kept</source>
      <translation>此處為 {value}，但前面同一鍵值的行為 {kept}；保留前面的值</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="477" />
      <source>{value} is not a number of people</source>
      <translation>{value} 不是人數</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="654" />
      <source>is {value} here but {kept} for the person they are merged into; that value is kept</source>
      <translation>此處為 {value}，但合併到的人為 {kept}；保留該值</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="757" />
      <source>the vault's value was changed since a sheet said what this one says; the vault's is kept</source>
      <translation>自某表格給出與此表相同的內容以來，保險庫中的值已被修改；保留保險庫中的值</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="294" />
      <source>must be an object of text values</source>
      <translation>必須是值均為文本的對象</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="301" />
      <source>is not a CaseVault table mapping ("format": "{format}" is missing)</source>
      <translation>不是 CaseVault 表格映射（缺少 "format": "{format}"）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="304" />
      <source>is {version}; this CaseVault reads mappings of version {supported}</source>
      <translation>為 {version}；此版本的 CaseVault 讀取版本 {supported} 的映射</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="313" />
      <source>must be an object</source>
      <translation>必須是對象</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="332" />
      <source>must be one of {choices}</source>
      <translation>必須是以下之一：{choices}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="335" />
      <source>must name the column that identifies each case</source>
      <translation>必須指明用於識別每個案件的列</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="342" />
      <source>must be a short text such as ";" (or "" for the usual ones)</source>
      <translation>必須是簡短文本，例如 ";"（使用常用分隔符則為 ""）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="344" />
      <source>must be true or false</source>
      <translation>必須為 true 或 false</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="309" />
      <source>{value} is not a field (see docs/tables.md)</source>
      <translation>{value} 不是字段（參見 docs/tables.md）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="320" />
      <source>is not a field that takes a vocabulary</source>
      <translation>不是使用詞表的字段</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="329" />
      <source>is not a field</source>
      <translation>不是字段</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="339" />
      <source>must be a short text</source>
      <translation>必須是簡短文本</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="356" />
      <source>is larger than {size} KB: not a mapping</source>
      <translation>大於 {size} KB：不是映射文件</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="361" />
      <source>is not a JSON mapping file</source>
      <translation>不是 JSON 映射文件</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="365" />
      <source>{file}: {field}</source>
      <translation>{file}：{field}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="318" />
      <source>values of every relative slot are given once, under {field}</source>
      <translation>所有親屬欄位的值只需在 {field} 下給出一次</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="324" />
      <source>{key} is not a key of this vocabulary</source>
      <translation>{key} 不是此詞表中的鍵</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="116" />
      <source>is an old Excel (.xls) or other OLE2 file; save it as .xlsx or CSV in your spreadsheet program and import that</source>
      <translation>是舊版 Excel（.xls）或其他 OLE2 文件；請在電子表格程序中另存為 .xlsx 或 CSV，再導入該文件</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="174" />
      <source>is a damaged XLSX workbook ({error})</source>
      <translation>是已損壞的 XLSX 工作簿（{error}）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="114" />
      <source>is a password-protected workbook; CaseVault cannot open it. Open it in your spreadsheet program, remove the password (or save an unprotected copy as .xlsx) and import that copy</source>
      <translation>是受密碼保護的工作簿，CaseVault 無法打開。請在電子表格程序中打開它，移除密碼（或另存一份不受保護的 .xlsx 副本），然後導入該副本</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="179" />
      <source>row {number}</source>
      <translation>第 {number} 行</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="180" />
      <source>has more than {most} columns; CaseVault reads at most {most}</source>
      <translation>超過 {most} 列；CaseVault 最多讀取 {most} 列</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="305" />
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252（西歐）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="128" />
      <source>is not an XLSX workbook (it is not a ZIP file): save it from your spreadsheet program as .xlsx or CSV</source>
      <translation>不是 XLSX 工作簿（它不是 ZIP 文件）：請在電子表格程序中另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="138" />
      <source>is a ZIP file but not an XLSX workbook</source>
      <translation>是 ZIP 文件，但不是 XLSX 工作簿</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="140" />
      <source>would unpack to {size} MB; a workbook may unpack to at most {limit} MB</source>
      <translation>解壓後將達 {size} MB；工作簿解壓後最多為 {limit} MB</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="287" />
      <source>UTF-8 (with BOM)</source>
      <translation>UTF-8（帶 BOM）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="292" />
      <source>holds NUL bytes: it is a binary file, not a CSV text file</source>
      <translation>含有 NUL 字節：這是二進制文件，不是 CSV 文本文件</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="371" />
      <source>the sheet has more than {most} rows; CaseVault imports at most {most} at once (split it)</source>
      <translation>表格超過 {most} 行；CaseVault 一次最多導入 {most} 行（請拆分表格）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="379" />
      <source>the sheet is empty: no row holds a value</source>
      <translation>表格為空：沒有任何一行含有值</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="85" />
      <source>is {size} MB; a sheet may be at most {limit} MB (split it, or save it as CSV without the other sheets)</source>
      <translation>大小為 {size} MB；表格文件最多為 {limit} MB（請拆分，或另存為不含其他工作表的 CSV）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="135" />
      <source>is a damaged or truncated XLSX workbook (its ZIP structure cannot be read)</source>
      <translation>是已損壞或被截斷的 XLSX 工作簿（無法讀取其 ZIP 結構）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="147" />
      <source>is not a workbook CaseVault can read ({error})</source>
      <translation>不是 CaseVault 能讀取的工作簿（{error}）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="154" />
      <source>has no sheet {sheet}; its sheets are: {sheets}</source>
      <translation>沒有工作表 {sheet}；其工作表為：{sheets}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="158" />
      <source>sheet {sheet} is a chart, not a table</source>
      <translation>工作表 {sheet} 是圖表，不是表格</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="220" />
      <source>holds a formula; formulas are not evaluated or imported: replace it by its value (copy, then paste values only)</source>
      <translation>包含公式；公式不會被計算或導入：請替換為其值（複製後僅粘貼數值）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="302" />
      <source>GB18030 (Chinese)</source>
      <translation>GB18030（中文）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="339" />
      <source>is not text in an encoding CaseVault reads (UTF-8, UTF-16, GB18030, Windows-1252)</source>
      <translation>不是 CaseVault 可讀取編碼的文本（UTF-8、UTF-16、GB18030、Windows-1252）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="356" />
      <source>line {line}</source>
      <translation>第 {line} 行</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="357" />
      <source>is not valid CSV ({error})</source>
      <translation>不是有效的 CSV（{error}）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="275" />
      <source>merged cells (rows {first}-{last}): each row takes the value of the first</source>
      <translation>合併單元格（第 {first}-{last} 行）：每行取第一行的值</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="394" />
      <source>holds values beyond the last named column ({column}); they are not read</source>
      <translation>在最後一個有名稱的列（{column}）之後還有值；這些值不會被讀取</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="399" />
      <source>holds {n:,} characters; a cell may hold at most {most:,}</source>
      <translation>包含 {n} 個字符；一個單元格最多 {most} 個字符</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="162" />
      <source>{value} is not a date: give the year with four digits</source>
      <translation>{value} 不是日期：請用四位數字寫年份</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="157" />
      <source>{value} is not a date CaseVault can read (examples: 2015-06, 06/2015, June 2015, juin 2015, 2015年6月, circa 2016)</source>
      <translation>{value} 不是 CaseVault 能讀取的日期（例如：2015-06、06/2015、2015年6月、約2016年、June 2015、juin 2015）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="116" />
      <source>{value}: the range ends before it starts</source>
      <translation>{value}：時間段的結束早於開始</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="297" />
      <source>{value} is not a country CaseVault knows (give its name or its two-letter ISO code)</source>
      <translation>{value} 不是 CaseVault 認識的國家（請寫國名或兩個字母的 ISO 代碼）</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="153" />
      <source>{value} is not a date: {word} is not a month</source>
      <translation>{value} 不是日期：{word} 不是月份</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="155" />
      <source>{value} is not a date</source>
      <translation>{value} 不是日期</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="170" />
      <source>{value}: {why}</source>
      <translation>{value}：{why}</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (ours).</source>
      <translation type="vanished">衝突 {id} 已解決（保留了本保險庫的版本）。</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (theirs).</source>
      <translation type="vanished">衝突 {id} 已解決（保留了另一保險庫的版本）。</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (superseded).</source>
      <translation type="vanished">衝突 {id} 已解決（已被較新的衝突取代）。</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (settled).</source>
      <translation type="vanished">衝突 {id} 已解決（之後的合併已使兩個版本一致）。</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsDialog</name>
    <message>
      <location filename="../ui/organisations.py" line="26" />
      <source>Organisations</source>
      <translation>組織</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="30" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="31" />
      <source>Original name</source>
      <translation>原文名稱</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="32" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="33" />
      <source>Level</source>
      <translation>級別</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="34" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="35" />
      <source>Country</source>
      <translation>國家</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="36" />
      <source>New organisation…</source>
      <translation>新建組織…</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="50" />
      <source>No organisation recorded yet.</source>
      <translation>尚未記錄組織。</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="61" />
      <source>New organisation</source>
      <translation>新建組織</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="61" />
      <source>Edit organisation</source>
      <translation>編輯組織</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="72" />
      <source>Delete organisation?</source>
      <translation>刪除組織？</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="73" />
      <source>Delete “{name}”?</source>
      <translation>刪除“{name}”？</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="83" />
      <source>Cannot delete</source>
      <translation>無法刪除</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../ui/overview.py" line="74" />
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="77" />
      <source>Revert</source>
      <translation>還原</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="166" />
      <source>Created {created} · last change {updated} by {author}</source>
      <translation>創建於 {created} · 最後由 {author} 修改於 {updated}</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="168" />
      <source>Created {created} · last change {changed} (case details: {updated} by {author})</source>
      <translation>創建於 {created} · 最後修改 {changed}（案件信息：{updated}，{author}）</translation>
    </message>
  </context>
  <context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="31" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n 分鐘</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="33" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n 小時</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="35" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="37" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n 年</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="38" />
      <source>centuries</source>
      <translation>數百年</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="38" />
      <source>less than a minute</source>
      <translation>不到一分鐘</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Very weak</source>
      <translation>很弱</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Weak</source>
      <translation>弱</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Almost strong</source>
      <translation>接近強</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Strong</source>
      <translation>強</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="44" />
      <source>Strength: {level}. Someone who has the file would need {time} to guess it.</source>
      <translation>強度：{level}。拿到文件的人需要 {time}才能猜出它。</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="50" />
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>再加一兩個詞。不常見的詞更好。</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="69" />
      <source>Show</source>
      <translation>顯示</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="72" />
      <source>Suggest a passphrase</source>
      <translation>建議一個口令</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="91" />
      <source>Six random words make a strong passphrase you can remember; “Suggest a passphrase” picks them for you.</source>
      <translation>六個隨機單詞就能組成一個既強又好記的口令；“建議一個口令”會為您挑選。</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="111" />
      <source>Write these words down and keep them somewhere safe, then type them again below.</source>
      <translation>請把這些單詞寫下來並妥善保管，然後在下面再輸入一遍。</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="124" />
      <source>Weak passphrase</source>
      <translation>口令太弱</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="124" />
      <source>This passphrase is weak.</source>
      <translation>這個口令很弱。</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="126" />
      <source>Use it anyway? A passphrase of six random words (press “Suggest a passphrase”) would take centuries to guess.</source>
      <translation>仍要使用嗎？由六個隨機單詞組成的口令（點“建議一個口令”）需要數百年才能猜出。</translation>
    </message>
  </context>
  <context>
    <name>Proceedings</name>
    <message>
      <location filename="../ui/proceedings.py" line="23" />
      <source>New Interpol notice…</source>
      <translation>新增國際刑警通報…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="25" />
      <source>New extradition request…</source>
      <translation>新增引渡請求…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="26" />
      <source>New outcome…</source>
      <translation>新增結果…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="30" />
      <source>Interventions</source>
      <translation>干預行動</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="30" />
      <source>Interpol notices</source>
      <translation>國際刑警通報</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="31" />
      <source>Extradition requests</source>
      <translation>引渡請求</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="32" />
      <source>Outcome over time</source>
      <translation>結果變化</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="42" />
      <source>No Interpol notice or diffusion recorded.</source>
      <translation>尚未記錄國際刑警通報或協查通報。</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="43" />
      <source>No extradition request recorded.</source>
      <translation>尚未記錄引渡請求。</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="44" />
      <source>No outcome recorded yet: add one each time the situation changes (returned, prosecuted, case dropped...).</source>
      <translation>尚未記錄結果：每當情況變化時添加一條（回國、被起訴、撤案……）。</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../ui/forms.py" line="340" />
      <source>unknown</source>
      <translation>不詳</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="354" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="356" />
      <source>separate with commas</source>
      <translation>用逗號分隔</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="421" />
      <source>This field is required.</source>
      <translation>此項為必填。</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="426" />
      <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2015 or 2015-06).</source>
      <translation>日期格式為 YYYY、YYYY-MM 或 YYYY-MM-DD（例如 2015 或 2015-06）。</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="533" />
      <source>In this case</source>
      <translation>在此案件中</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="591" />
      <source>Discard changes?</source>
      <translation>放棄修改？</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="591" />
      <source>You changed this record. Discard the changes?</source>
      <translation>您修改了此記錄。要放棄修改嗎？</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <location filename="../ui/record_table.py" line="197" />
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <location filename="../ui/record_table.py" line="198" />
      <source>Delete…</source>
      <translation>刪除…</translation>
    </message>
  </context>
  <context>
    <name>RedactionSummaryView</name>
    <message>
      <location filename="../ui/dossier_summary.py" line="48" />
      <source>In the dossier</source>
      <translation>卷宗中</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="48" />
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="49" />
      <source>Mentions replaced</source>
      <translation>已替換次數</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="57" />
      <location filename="../ui/dossier_summary.py" line="143" />
      <source>Exhibits withheld</source>
      <translation>未收錄的證據</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="68" />
      <source>Save this dossier…</source>
      <translation>保存此卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="101" />
      <source>Make a preview to see which persons the dossier replaces by pseudonyms and which exhibits it withholds.</source>
      <translation>生成預覽，即可查看卷宗將哪些人替換為化名、哪些證據未收錄。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="113" />
      <source>Public dossier: only persons who consented to publication are named.</source>
      <translation>公開版卷宗：只列出同意公開的人的姓名。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="115" />
      <source>Legal dossier: persons who consented to be named to authorities are named.</source>
      <translation>法律版卷宗：列出同意向當局具名的人的姓名。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="116" />
      <source>This summary is shown here only; it is not written into the PDF.</source>
      <translation>此摘要僅在此顯示，不會寫入 PDF。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="118" />
      <source>Nobody is replaced by a pseudonym in this dossier.</source>
      <translation>此卷宗中沒有人被替換為化名。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="125" />
      <source>(another case)</source>
      <translation>（其他案件）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="140" />
      <source>No exhibit is withheld.</source>
      <translation>沒有未收錄的證據。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="144" />
      <source>{n} field(s) were longer than a dossier prints and were cut; the dossier says where.</source>
      <translation>{n} 個字段超出卷宗可打印的長度，已被截斷；卷宗中註明了截斷位置。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="170" />
      <source>{label}: shows a person who may not be named here. Listed by number and hash only.</source>
      <translation>{label}：顯示了此處不可具名的人。僅列出編號和哈希值。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="173" />
      <source>{label}: who appears in it is not recorded; reproduced because you confirmed it.</source>
      <translation>{label}：未登記其中出現的人；因您已確認而收錄。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="176" />
      <source>{label}: who appears in it is not recorded. Listed by number and hash only.</source>
      <translation>{label}：未登記其中出現的人。僅列出編號和哈希值。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="183" />
      <source>Reproduce {label}: I checked that it shows nobody who may not be named</source>
      <translation>收錄 {label}：我已核實其中沒有不可具名的人</translation>
    </message>
  </context>
  <context>
    <name>RelationshipView</name>
    <message>
      <location filename="../ui/relationship_view.py" line="90" />
      <source>Who acts in these cases</source>
      <translation>這些案件中的行為方</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="106" />
      <source>In at least </source>
      <translation>至少出現在 </translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="107" />
      <source> case(s)</source>
      <translation> 個案件中</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="117" />
      <source>Image for legal use: persons named where they consented to authorities</source>
      <translation>法律用途圖片：同意向當局披露姓名的人員會顯示姓名</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="119" />
      <source>Image for publication: only persons who consented to publication</source>
      <translation>公開發布圖片：僅顯示同意公開姓名的人員</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="121" />
      <source>Who the saved image names. Other persons show as Person A, B…; cases show as their reference only, or as Case 1, 2… in an image for publication.</source>
      <translation>保存的圖片顯示誰的姓名。其他人顯示為人員 A、B…；案件僅顯示其編號，在用於公開的圖片中顯示為案件 1、2…。</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="124" />
      <source>Save image…</source>
      <translation>保存圖片…</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="127" />
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="149" />
      <source>Reading…</source>
      <translation>正在讀取…</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="164" />
      <source>{n} case(s): {name}</source>
      <translation>{n} 個案件：{name}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="171" />
      <source>Person {letter}</source>
      <translation>人員 {letter}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="179" />
      <source>Case {n}</source>
      <translation>案件 {n}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="228" />
      <source>No actor appears in {n} case(s) or more among the cases the list shows.</source>
      <translation>在列表顯示的案件中，沒有行為方出現在 {n} 個或更多案件中。</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="231" />
      <source>{actors} actor(s) in {cases} case(s).</source>
      <translation>{actors} 個行為方，涉及 {cases} 個案件。</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="233" />
      <source>{n} more case(s) not drawn.</source>
      <translation>另有 {n} 個案件未繪出。</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="280" />
      <location filename="../ui/relationship_view.py" line="287" />
      <location filename="../ui/relationship_view.py" line="289" />
      <source>Save the graph as</source>
      <translation>將關係圖另存為</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="281" />
      <source>PNG images (*.png)</source>
      <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="289" />
      <source>Saved {name}. It names organisations, and persons only where they consented; it is not encrypted.</source>
      <translation>已保存 {name}。圖片顯示機構名稱，人員僅在其同意時顯示姓名；圖片未加密。</translation>
    </message>
    <message>
      <source>Who the saved image names. Other persons show as Person A, B…; cases show as their reference only.</source>
      <translation type="vanished">保存的圖片中顯示誰的姓名。其他人員顯示為人員 A、B……；案件只顯示編號。</translation>
    </message>
    <message>
      <source>Saved {name}. The image shows names and is not encrypted.</source>
      <translation type="vanished">已保存 {name}。該圖片顯示姓名，且未加密。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="39" />
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Settings</source>
      <translation>設置</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="44" />
      <source>System language</source>
      <translation>系統語言</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="55" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="56" />
      <source>A new language applies the next time CaseVault starts.</source>
      <translation>新語言將在下次啟動 CaseVault 時生效。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>Lock after inactivity</source>
      <translation>閒置後鎖定</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="58" />
      <source>Ctrl+Shift+L locks at once and minimises the window.</source>
      <translation>Ctrl+Shift+L 立即鎖定並最小化窗口。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>Automatic backups</source>
      <translation>自動備份</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>Back up the vault when I quit CaseVault with it unlocked</source>
      <translation>在保險庫處於解鎖狀態下退出 CaseVault 時自動備份</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="79" />
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="89" />
      <source>Backups are encrypted with the vault's passphrase and checked after writing; the oldest backups of the vault beyond this number are deleted from the folder. While automatic backups are on, the folder's location is kept in CaseVault's settings file on this computer; turning them off removes it.</source>
      <translation>備份使用保險庫的口令加密，並在寫入後核驗；超過此數量的該保險庫最舊備份會從文件夾中刪除。開啟自動備份期間，文件夾位置會保存在本電腦的 CaseVault 設置文件中；關閉後即會刪除。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="98" />
      <source>Folder</source>
      <translation>文件夾</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Backups to keep</source>
      <translation>保留的備份數</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>Folder for automatic backups</source>
      <translation>自動備份文件夾</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="113" />
      <source>Erase the vault after wrong passphrases</source>
      <translation>口令輸錯後抹除保險庫</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="116" />
      <source>Erase this vault after this many wrong passphrases in a row:</source>
      <translation>連續輸錯口令達到此次數後抹除本保險庫：</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Off unless you turn it on. Only for when this vault falling into the wrong hands is worse than losing it. When the number is reached, CaseVault overwrites the vault file with random data and deletes it: nothing can bring it back, so keep a backup somewhere else. It does not stop anyone who copies the file first and guesses elsewhere, and on SSDs and some file systems traces of the old data may survive. While it is on, CaseVault's settings file holds a fingerprint of this vault's location and the count of wrong passphrases.</source>
      <translation>默認關閉，除非您自行開啟。僅適用於保險庫落入他人之手比丟失它更糟的情況。達到次數後，CaseVault 會用隨機數據覆蓋保險庫文件並將其刪除：無法恢復，因此請在別處保留備份。它無法阻止先複製文件再在別處猜測口令的人；在 SSD 和某些文件系統上，舊數據的痕跡可能仍會殘留。開啟期間，CaseVault 的設置文件會保存本保險庫位置的指紋以及口令錯誤次數。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="136" />
      <source>Unlock the vault to change this setting for it.</source>
      <translation>請先解鎖保險庫才能更改此設置。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Choose a folder for the automatic backups.</source>
      <translation>請為自動備份選擇一個文件夾。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>Erase after wrong passphrases?</source>
      <translation>口令輸錯後抹除？</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>After {n} wrong passphrases in a row, CaseVault will overwrite and delete {file}. Nothing can bring it back. Turn this on?</source>
      <translation>連續輸錯口令 {n} 次後，CaseVault 將覆蓋並刪除 {file}，且無法恢復。確定開啟嗎？</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../ui/statistics_view.py" line="83" />
      <source>Statistics</source>
      <translation>統計</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="102" />
      <source>Cross-table of two dimensions</source>
      <translation>兩個維度的交叉表</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="111" />
      <source>As published (small numbers hidden)</source>
      <translation>按公開版本顯示（隱藏小數字）</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="116" />
      <source>Map</source>
      <translation>地圖</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="118" />
      <source>Show the host countries on a world map, shaded by their number of cases</source>
      <translation>在世界地圖上顯示所在國，按案件數量著色</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="143" />
      <source>Click a bar, a country or a number to list the cases behind it.</source>
      <translation>點擊柱條、國家或數字，列出其背後的案件。</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="157" />
      <source>Open case</source>
      <translation>打開案件</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="160" />
      <source>Who acts in these cases…</source>
      <translation>這些案件中的行為方…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="163" />
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="277" />
      <location filename="../ui/statistics_view.py" line="300" />
      <source>Counting…</source>
      <translation>正在統計…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="280" />
      <source>the cases the case list shows (its search and filters)</source>
      <translation>案件列表當前顯示的案件（按其搜索和篩選條件）</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="281" />
      <source>every case in the vault</source>
      <translation>保險庫中的全部案件</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="283" />
      <source>Counted: {cases} case(s), {incidents} incident(s): {where}.</source>
      <translation>已統計：{cases} 個案件，{incidents} 個事件：{where}。</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="286" />
      <source>Counted: {cases} case(s): {where}.</source>
      <translation>已統計：{cases} 個案件：{where}。</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="298" />
      <source>Choose two different dimensions.</source>
      <translation>請選擇兩個不同的維度。</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="305" />
      <source>Not published: it would single out a case.</source>
      <translation>不予公開：可據此識別出個別案件。</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="347" />
      <location filename="../ui/statistics_view.py" line="365" />
      <source>Count</source>
      <translation>數量</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="437" />
      <source>Finding the cases behind this number…</source>
      <translation>正在查找這個數字背後的案件…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="449" />
      <source>{n} case(s) behind “{what}” in “{table}”:</source>
      <translation>“{table}”中“{what}”所依據的 {n} 個案件：</translation>
    </message>
    <message>
      <source>Click a bar or a number to list the cases behind it.</source>
      <translation type="vanished">點擊條形或數字，列出其所依據的案件。</translation>
    </message>
    <message>
      <source>Reading the cases behind this number…</source>
      <translation type="vanished">正在讀取這個數字背後的案件…</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../ui/task_dialog.py" line="87" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="171" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>口令至少需要 8 個字符；最好使用幾個詞。</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="173" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>兩次輸入的口令不一致，請重新輸入。</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../ui/unlock_view.py" line="79" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="89" />
      <location filename="../ui/unlock_view.py" line="145" />
      <source>Remember this vault's location on this computer</source>
      <translation>在此電腦上記住此保險庫的位置</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="92" />
      <source>Unlock</source>
      <translation>解鎖</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="102" />
      <source>Create a new vault…</source>
      <translation>創建新保險庫…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="107" />
      <source>Vault file</source>
      <translation>保險庫文件</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="108" />
      <location filename="../ui/unlock_view.py" line="164" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="111" />
      <source>Open your vault</source>
      <translation>打開您的保險庫</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="130" />
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="144" />
      <source>shown in the history of every change (optional)</source>
      <translation>顯示在每次修改的歷史記錄中（可選）</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="148" />
      <source>Write the passphrase down and keep it somewhere safe. If it is forgotten, the vault cannot be opened by anyone: there is no reset and no recovery.</source>
      <translation>請寫下口令並妥善保管。一旦忘記，任何人都無法打開此保險庫：無法重置，也無法恢復。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="156" />
      <source>Create vault</source>
      <translation>創建保險庫</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="159" />
      <source>Open an existing vault…</source>
      <translation>打開已有保險庫…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="163" />
      <source>New vault file</source>
      <translation>新保險庫文件</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="166" />
      <source>Repeat passphrase</source>
      <translation>再次輸入口令</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="167" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="170" />
      <source>Create a new vault</source>
      <translation>創建新保險庫</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="216" />
      <source>Open vault</source>
      <translation>打開保險庫</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="222" />
      <source>New vault</source>
      <translation>新保險庫</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="230" />
      <source>Choose the vault file first.</source>
      <translation>請先選擇保險庫文件。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="234" />
      <source>Type the passphrase.</source>
      <translation>請輸入口令。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="245" />
      <source>Choose where to create the vault.</source>
      <translation>請選擇保險庫的創建位置。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="247" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>口令至少需要 8 個字符；最好由多個詞組成。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="250" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>兩次輸入的口令不一致，請重新輸入。</translation>
    </message>
    <message>
      <source>Very weak</source>
      <translation type="vanished">非常弱</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation type="vanished">弱</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation type="vanished">一般</translation>
    </message>
    <message>
      <source>Good</source>
      <translation type="vanished">良好</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation type="vanished">強</translation>
    </message>
    <message>
      <source>Strength: {level}. Four or more random words make a strong, memorable passphrase.</source>
      <translation type="vanished">強度：{level}。四個或以上隨機詞語可組成既安全又好記的口令。</translation>
    </message>
    <message>
      <source>Four or more random words make a strong, memorable passphrase.</source>
      <translation type="vanished">四個或以上隨機詞語可組成既安全又好記的口令。</translation>
    </message>
  </context>
  <context>
    <name>VaultActions</name>
    <message>
      <location filename="../ui/vault_actions.py" line="27" />
      <source>Backup verified</source>
      <translation>備份已核驗</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="38" />
      <source>Bundle written</source>
      <translation>數據包已寫入</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="59" />
      <location filename="../ui/vault_actions.py" line="65" />
      <source>Bundle merged</source>
      <translation>數據包已合併</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="60" />
      <source>{n} conflict(s) are waiting for your choice. Review them now?</source>
      <translation>有 {n} 個衝突等待您選擇。現在查看嗎？</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="90" />
      <location filename="../ui/vault_actions.py" line="102" />
      <source>Compact vault</source>
      <translation>壓縮保險庫</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="90" />
      <source>Rewrite the vault's file compactly? After large imports or deletions this makes it smaller and quicker to open. Nothing in the vault changes.</source>
      <translation>要緊湊地重寫保險庫文件嗎？在大量導入或刪除之後，這會讓文件更小、打開更快。保險庫中的內容不會改變。</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="92" />
      <source>It takes about half a minute per gigabyte, and needs free disk space about the size of the vault. If it is interrupted, the vault stays as it was.</source>
      <translation>每 GB 約需半分鐘，並需要與保險庫大小相當的可用磁盤空間。如果中途中斷，保險庫保持原樣。</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="97" />
      <source>Compacting the vault…</source>
      <translation>正在壓縮保險庫…</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="102" />
      <source>Compacted: {before} MB before, {after} MB now.</source>
      <translation>已壓縮：之前 {before} MB，現在 {after} MB。</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="125" />
      <source>Backing up the vault to {folder} before closing…</source>
      <translation>正在關閉前將保險庫備份到 {folder}…</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="131" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="131" />
      <source>Some unsaved changes could not be saved: {problems}</source>
      <translation>部分未保存的修改無法保存：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="136" />
      <source>Automatic backup failed</source>
      <translation>自動備份失敗</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="137" />
      <source>The automatic backup could not be written: {error}</source>
      <translation>無法寫入自動備份：{error}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="139" />
      <source>Close CaseVault anyway? The vault itself is unharmed.</source>
      <translation>仍要關閉 CaseVault 嗎？保險庫本身不受影響。</translation>
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <source>Sky Net</source>
      <translation>天網</translation>
    </message>
    <message>
      <source>Fox Hunt</source>
      <translation>獵狐</translation>
    </message>
    <message>
      <source>Sky Net (other)</source>
      <translation>天網（其他）</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不詳</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>跟蹤中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>公開</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>限制</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>機密</translation>
    </message>
    <message>
      <source>Strictly confidential</source>
      <translation>絕密</translation>
    </message>
    <message>
      <source>May not be named</source>
      <translation>不得具名</translation>
    </message>
    <message>
      <source>May be named to authorities</source>
      <translation>可向當局具名</translation>
    </message>
    <message>
      <source>May be named in public reports</source>
      <translation>可在公開報告中具名</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>原件</translation>
    </message>
    <message>
      <source>Certified copy</source>
      <translation>經認證的副本</translation>
    </message>
    <message>
      <source>Working copy</source>
      <translation>工作副本</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>譯本</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>收集</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>接收</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>移交</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>複製</translation>
    </message>
    <message>
      <source>Stored</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Examined</source>
      <translation>檢查</translation>
    </message>
    <message>
      <source>circa</source>
      <translation>約</translation>
    </message>
    <message>
      <source>early</source>
      <translation>初</translation>
    </message>
    <message>
      <source>mid</source>
      <translation>中</translation>
    </message>
    <message>
      <source>late</source>
      <translation>末</translation>
    </message>
    <message>
      <source>before</source>
      <translation>早於</translation>
    </message>
    <message>
      <source>after</source>
      <translation>晚於</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>批准</translation>
    </message>
    <message>
      <source>Partly granted</source>
      <translation>部分批准</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>拒絕</translation>
    </message>
    <message>
      <source>Inadmissible</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>撤回</translation>
    </message>
    <message>
      <source>Carried out</source>
      <translation>實施</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>下令</translation>
    </message>
    <message>
      <source>Suspected</source>
      <translation>涉嫌</translation>
    </message>
    <message>
      <source>about</source>
      <translation>約</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>超過</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>不到</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>已請求</translation>
    </message>
    <message>
      <source>Before the courts</source>
      <translation>法院審理中</translation>
    </message>
    <message>
      <source>Person surrendered</source>
      <translation>已移交</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>至少</translation>
    </message>
    <message>
      <source>Origin state acted directly</source>
      <translation>來源國直接行動</translation>
    </message>
    <message>
      <source>Host state cooperated</source>
      <translation>所在國予以配合</translation>
    </message>
    <message>
      <source>Host state assisted origin-state officials</source>
      <translation>所在國協助來源國官員</translation>
    </message>
    <message>
      <source>Host state did not act</source>
      <translation>所在國未採取行動</translation>
    </message>
    <message>
      <source>Host state protected the target</source>
      <translation>所在國保護了目標</translation>
    </message>
    <message>
      <source>Physical assaults, including domestic violence</source>
      <translation>人身攻擊，包括家庭暴力</translation>
    </message>
    <message>
      <source>Psychological assault, harassment</source>
      <translation>心理攻擊、騷擾</translation>
    </message>
    <message>
      <source>Threats against the victim</source>
      <translation>對受害者的威脅</translation>
    </message>
    <message>
      <source>Threats against the victim's family</source>
      <translation>對受害者家人的威脅</translation>
    </message>
    <message>
      <source>Threats against the victim's friends and colleagues</source>
      <translation>對受害者朋友和同事的威脅</translation>
    </message>
    <message>
      <source>Surveillance</source>
      <translation>監視</translation>
    </message>
    <message>
      <source>Arrest</source>
      <translation>逮捕</translation>
    </message>
    <message>
      <source>Detention, imprisonment</source>
      <translation>拘留、監禁</translation>
    </message>
    <message>
      <source>Abduction; kidnapping</source>
      <translation>劫持；綁架</translation>
    </message>
    <message>
      <source>Direct actions which violate the right to privacy</source>
      <translation>直接侵犯隱私權的行為</translation>
    </message>
    <message>
      <source>Restriction on travel</source>
      <translation>出行限制</translation>
    </message>
    <message>
      <source>Confiscation of property</source>
      <translation>沒收財產</translation>
    </message>
    <message>
      <source>Defamation</source>
      <translation>誹謗</translation>
    </message>
    <message>
      <source>Lay-off or dismissal</source>
      <translation>解僱</translation>
    </message>
    <message>
      <source>Expulsion; deportation</source>
      <translation>驅逐；遣返</translation>
    </message>
    <message>
      <source>Denial of the right to fair trial</source>
      <translation>剝奪公正審判權</translation>
    </message>
    <message>
      <source>Confirmed by other sources</source>
      <translation>經其他來源證實</translation>
    </message>
    <message>
      <source>Probably true</source>
      <translation>很可能屬實</translation>
    </message>
    <message>
      <source>Possibly true</source>
      <translation>可能屬實</translation>
    </message>
    <message>
      <source>Doubtful</source>
      <translation>存疑</translation>
    </message>
    <message>
      <source>Improbable</source>
      <translation>不太可能</translation>
    </message>
    <message>
      <source>Truth cannot be judged</source>
      <translation>無法判斷真實性</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>報警</translation>
    </message>
    <message>
      <source>National-security report</source>
      <translation>向國家安全部門報告</translation>
    </message>
    <message>
      <source>Asylum claim</source>
      <translation>庇護申請</translation>
    </message>
    <message>
      <source>Interpol CCF request</source>
      <translation>國際刑警組織檔案控制委員會申請</translation>
    </message>
    <message>
      <source>UN communication</source>
      <translation>聯合國來文</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>媒體</translation>
    </message>
    <message>
      <source>Legal aid</source>
      <translation>法律援助</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Access to the data</source>
      <translation>查閱數據</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Deletion</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>保護</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>調查</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>待處理</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答覆</translation>
    </message>
    <message>
      <source>Red Notice</source>
      <translation>紅色通緝令</translation>
    </message>
    <message>
      <source>Diffusion</source>
      <translation>協查通報</translation>
    </message>
    <message>
      <source>Blue Notice</source>
      <translation>藍色通報</translation>
    </message>
    <message>
      <source>Other notice</source>
      <translation>其他通報</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>已發佈</translation>
    </message>
    <message>
      <source>Refused by Interpol</source>
      <translation>國際刑警組織拒絕</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>暫停</translation>
    </message>
    <message>
      <source>Withdrawn by the issuing country</source>
      <translation>發佈國撤回</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <source>Ministry of Public Security</source>
      <translation>公安部</translation>
    </message>
    <message>
      <source>Public security bureau</source>
      <translation>公安局</translation>
    </message>
    <message>
      <source>Procuratorate</source>
      <translation>檢察院</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>法院</translation>
    </message>
    <message>
      <source>Discipline commission (CCDI / NSC)</source>
      <translation>紀委監委（中紀委／國家監委）</translation>
    </message>
    <message>
      <source>Interpol National Central Bureau</source>
      <translation>國際刑警組織國家中心局</translation>
    </message>
    <message>
      <source>United-front body</source>
      <translation>統戰機構</translation>
    </message>
    <message>
      <source>Overseas police service station</source>
      <translation>海外警務服務站</translation>
    </message>
    <message>
      <source>Embassy or consulate</source>
      <translation>使領館</translation>
    </message>
    <message>
      <source>Proxy association</source>
      <translation>代理社團</translation>
    </message>
    <message>
      <source>Host-country agency</source>
      <translation>所在國機構</translation>
    </message>
    <message>
      <source>International body</source>
      <translation>國際機構</translation>
    </message>
    <message>
      <source>National</source>
      <translation>國家級</translation>
    </message>
    <message>
      <source>Provincial</source>
      <translation>省級</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>County or district</source>
      <translation>縣或區級</translation>
    </message>
    <message>
      <source>Not returned</source>
      <translation>未被遣返</translation>
    </message>
    <message>
      <source>Returned after persuasion</source>
      <translation>被勸返</translation>
    </message>
    <message>
      <source>Returned by extradition</source>
      <translation>被引渡</translation>
    </message>
    <message>
      <source>Returned by deportation</source>
      <translation>被驅逐遣返</translation>
    </message>
    <message>
      <source>Returned by rendition</source>
      <translation>被非法押回</translation>
    </message>
    <message>
      <source>Returned: surrendered</source>
      <translation>已回國：投案</translation>
    </message>
    <message>
      <source>Detained after return</source>
      <translation>回國後被羈押</translation>
    </message>
    <message>
      <source>Prosecuted</source>
      <translation>被起訴</translation>
    </message>
    <message>
      <source>Sentenced</source>
      <translation>被判刑</translation>
    </message>
    <message>
      <source>Case dropped</source>
      <translation>撤案</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>獲釋</translation>
    </message>
    <message>
      <source>Relatives punished</source>
      <translation>親屬受罰</translation>
    </message>
    <message>
      <source>Detained in host country</source>
      <translation>在所在國被拘留</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>失蹤</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>已故</translation>
    </message>
    <message>
      <source>Direct attack</source>
      <translation>直接攻擊</translation>
    </message>
    <message>
      <source>Co-opting other countries</source>
      <translation>利用他國</translation>
    </message>
    <message>
      <source>Impediments to mobility</source>
      <translation>限制行動自由</translation>
    </message>
    <message>
      <source>Threats from a distance</source>
      <translation>遠程威脅</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>個人</translation>
    </message>
    <message>
      <source>Group of people</source>
      <translation>群體</translation>
    </message>
    <message>
      <source>Unidentified person</source>
      <translation>身份不明者</translation>
    </message>
    <message>
      <source>Where it took place</source>
      <translation>發生地</translation>
    </message>
    <message>
      <source>Where the person aimed at was</source>
      <translation>被針對者所在地</translation>
    </message>
    <message>
      <source>Third country</source>
      <translation>第三國</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>緊急</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>父母</translation>
    </message>
    <message>
      <source>Spouse</source>
      <translation>配偶</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>子女</translation>
    </message>
    <message>
      <source>Sibling</source>
      <translation>兄弟姐妹</translation>
    </message>
    <message>
      <source>Grandparent</source>
      <translation>祖父母</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation>孫輩</translation>
    </message>
    <message>
      <source>In-law</source>
      <translation>姻親</translation>
    </message>
    <message>
      <source>Other relative</source>
      <translation>其他親屬</translation>
    </message>
    <message>
      <source>Business partner</source>
      <translation>生意夥伴</translation>
    </message>
    <message>
      <source>Colleague</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>僱主</translation>
    </message>
    <message>
      <source>Employee</source>
      <translation>僱員</translation>
    </message>
    <message>
      <source>Friend</source>
      <translation>朋友</translation>
    </message>
    <message>
      <source>Lawyer of the target</source>
      <translation>目標的律師</translation>
    </message>
    <message>
      <source>Citizen</source>
      <translation>公民</translation>
    </message>
    <message>
      <source>Permanent resident</source>
      <translation>永久居民</translation>
    </message>
    <message>
      <source>Refugee claimant</source>
      <translation>難民申請人</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>學生</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>訪客</translation>
    </message>
    <message>
      <source>Undocumented</source>
      <translation>無證件</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標人物</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>親屬</translation>
    </message>
    <message>
      <source>Associate (partner, colleague, friend)</source>
      <translation>關係人（夥伴、同事、朋友）</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>證人</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>信息來源</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>施害者</translation>
    </message>
    <message>
      <source>Intermediary</source>
      <translation>中間人</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>律師</translation>
    </message>
    <message>
      <source>Host authority contact</source>
      <translation>所在國當局聯繫人</translation>
    </message>
    <message>
      <source>Documenter (field worker)</source>
      <translation>記錄者（外勤人員）</translation>
    </message>
    <message>
      <source>Translator</source>
      <translation>譯者</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>訪談</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>News article</source>
      <translation>新聞報道</translation>
    </message>
    <message>
      <source>NGO report</source>
      <translation>非政府組織報告</translation>
    </message>
    <message>
      <source>Official Chinese source</source>
      <translation>中國官方來源</translation>
    </message>
    <message>
      <source>Court record</source>
      <translation>法院記錄</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>社交媒體</translation>
    </message>
    <message>
      <source>Completely reliable</source>
      <translation>完全可靠</translation>
    </message>
    <message>
      <source>Usually reliable</source>
      <translation>通常可靠</translation>
    </message>
    <message>
      <source>Fairly reliable</source>
      <translation>較為可靠</translation>
    </message>
    <message>
      <source>Not usually reliable</source>
      <translation>通常不可靠</translation>
    </message>
    <message>
      <source>Unreliable</source>
      <translation>不可靠</translation>
    </message>
    <message>
      <source>Reliability cannot be judged</source>
      <translation>無法判斷可靠性</translation>
    </message>
    <message>
      <source>Pressure on relatives or associates</source>
      <translation>向親屬或關係人施壓</translation>
    </message>
    <message>
      <source>Detention of relatives</source>
      <translation>拘押親屬</translation>
    </message>
    <message>
      <source>Relatives punished (job, pension, schooling)</source>
      <translation>親屬受罰（工作、退休金、學業）</translation>
    </message>
    <message>
      <source>Relatives sent abroad</source>
      <translation>派親屬出境</translation>
    </message>
    <message>
      <source>Agents abroad</source>
      <translation>境外人員</translation>
    </message>
    <message>
      <source>Persuasion meeting</source>
      <translation>勸返會面</translation>
    </message>
    <message>
      <source>Overseas police station</source>
      <translation>海外警務站</translation>
    </message>
    <message>
      <source>Online threat</source>
      <translation>網絡威脅</translation>
    </message>
    <message>
      <source>Threat in person</source>
      <translation>當面威脅</translation>
    </message>
    <message>
      <source>Harassment</source>
      <translation>騷擾</translation>
    </message>
    <message>
      <source>Physical surveillance</source>
      <translation>實地監視</translation>
    </message>
    <message>
      <source>Digital surveillance</source>
      <translation>數字監控</translation>
    </message>
    <message>
      <source>Hacking or spyware</source>
      <translation>黑客攻擊或間諜軟件</translation>
    </message>
    <message>
      <source>Smear campaign</source>
      <translation>抹黑行動</translation>
    </message>
    <message>
      <source>Demand to return</source>
      <translation>要求回國</translation>
    </message>
    <message>
      <source>Interpol notice</source>
      <translation>國際刑警組織通報</translation>
    </message>
    <message>
      <source>Extradition request</source>
      <translation>引渡請求</translation>
    </message>
    <message>
      <source>Luring to a third country</source>
      <translation>誘騙至第三國</translation>
    </message>
    <message>
      <source>Detention in host country</source>
      <translation>在所在國被拘留</translation>
    </message>
    <message>
      <source>Deportation</source>
      <translation>驅逐出境</translation>
    </message>
    <message>
      <source>Passport or document refusal</source>
      <translation>拒發護照或證件</translation>
    </message>
    <message>
      <source>Exit ban</source>
      <translation>禁止出境</translation>
    </message>
    <message>
      <source>Asset freeze</source>
      <translation>凍結資產</translation>
    </message>
    <message>
      <source>Kidnapping or rendition</source>
      <translation>綁架或強制押送</translation>
    </message>
    <message>
      <source>Assault</source>
      <translation>人身攻擊</translation>
    </message>
    <message>
      <source>Accusation or criminal charge</source>
      <translation>指控或刑事控罪</translation>
    </message>
    <message>
      <source>Trial in absentia</source>
      <translation>缺席審判</translation>
    </message>
    <message>
      <source>Surrender or return</source>
      <translation>投案或回國</translation>
    </message>
    <message>
      <source>Detention after return</source>
      <translation>回國後羈押</translation>
    </message>
    <message>
      <source>Case sent back for insufficient evidence</source>
      <translation>因證據不足退回補充偵查</translation>
    </message>
    <message>
      <source>Trial</source>
      <translation>審判</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation>判決</translation>
    </message>
    <message>
      <source>Official or former official</source>
      <translation>官員或前官員</translation>
    </message>
    <message>
      <source>Manager of a state enterprise</source>
      <translation>國企管理人員</translation>
    </message>
    <message>
      <source>Private business</source>
      <translation>私營企業</translation>
    </message>
    <message>
      <source>Dissident or political opponent</source>
      <translation>異見人士或政治反對者</translation>
    </message>
    <message>
      <source>Activist or human rights defender</source>
      <translation>維權人士或人權捍衛者</translation>
    </message>
    <message>
      <source>Journalist</source>
      <translation>記者</translation>
    </message>
    <message>
      <source>Member of an ethnic minority</source>
      <translation>少數民族成員</translation>
    </message>
    <message>
      <source>Member of a religious group</source>
      <translation>宗教團體成員</translation>
    </message>
    <message>
      <source>Unverified</source>
      <translation>未核實</translation>
    </message>
    <message>
      <source>Corroborated</source>
      <translation>已佐證</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>已確認</translation>
    </message>
    <message>
      <source>Disputed</source>
      <translation>有爭議</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>組織</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>Exhibit</source>
      <translation>證據</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>行動</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>筆記</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>任務</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>衝突</translation>
    </message>
    <message>
      <source>Exchange bundle</source>
      <translation>交換數據包</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>created</source>
      <translation>創建了</translation>
    </message>
    <message>
      <source>edited</source>
      <translation>編輯了</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>刪除了</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>導入了</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>合併了</translation>
    </message>
    <message>
      <source>upgraded to the new case model</source>
      <translation>已升級到新的案件模型</translation>
    </message>
    <message>
      <source>kept this vault's version</source>
      <translation>保留了本保險庫的版本</translation>
    </message>
    <message>
      <source>took the other vault's version</source>
      <translation>採用了另一保險庫的版本</translation>
    </message>
    <message>
      <source>Discipline commission</source>
      <translation type="vanished">紀律檢查委員會</translation>
    </message>
    <message>
      <source>Pressure on relatives</source>
      <translation type="vanished">向親屬施壓</translation>
    </message>
  </context>
  <context>
    <name>zxcvbn</name>
    <message>
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>再加一兩個詞。不常見的詞更好。</translation>
    </message>
    <message>
      <source>Capitalization doesn't help very much.</source>
      <translation>大寫字母幫助不大。</translation>
    </message>
    <message>
      <source>Reversed words aren't much harder to guess.</source>
      <translation>倒寫的單詞並不難猜多少。</translation>
    </message>
    <message>
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation>用“@”代替“a”之類可預料的替換幫助不大。</translation>
    </message>
    <message>
      <source>Use a few words, avoid common phrases.</source>
      <translation>使用幾個單詞，避免常見短語。</translation>
    </message>
    <message>
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation>不需要符號、數字或大寫字母。</translation>
    </message>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>鍵盤上成排的按鍵很容易被猜到。</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>短的鍵盤圖案很容易被猜到。</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>這是最常見的 10 個密碼之一。</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>這與一個常用密碼相似。</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>單獨一個詞很容易被猜到。</translation>
    </message>
    <message>
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation>全部大寫幾乎和全部小寫一樣容易猜到。</translation>
    </message>
    <message>
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>使用更長、轉折更多的鍵盤圖案。</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>像“aaa”這樣的重複很容易被猜到。</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>像“abcabcabc”這樣的重複只比“abc”稍難猜一點。</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>這是最常見的 100 個密碼之一。</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>這是一個非常常見的密碼。</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>單獨的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>常見的名字和姓氏很容易被猜到。</translation>
    </message>
    <message>
      <source>Avoid repeated words and characters.</source>
      <translation>避免重複的單詞和字符。</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>像“abc”或“6543”這樣的序列很容易被猜到。</translation>
    </message>
    <message>
      <source>Avoid sequences.</source>
      <translation>避免使用序列。</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>近幾年的年份很容易被猜到。</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>日期往往很容易被猜到。</translation>
    </message>
    <message>
      <source>Avoid recent years.</source>
      <translation>避免使用近幾年的年份。</translation>
    </message>
    <message>
      <source>Avoid years that are associated with you.</source>
      <translation>避免使用與您有關的年份。</translation>
    </message>
    <message>
      <source>Avoid dates and years that are associated with you.</source>
      <translation>避免使用與您有關的日期和年份。</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>is required</source>
      <translation type="vanished">為必填項</translation>
    </message>
    <message>
      <source>ends before it starts</source>
      <translation type="vanished">結束日期早於開始日期</translation>
    </message>
    <message>
      <source>a person needs a name in Latin or original script</source>
      <translation type="vanished">人員需要拉丁字母或原文姓名</translation>
    </message>
    <message>
      <source>an organisation needs a name</source>
      <translation type="vanished">組織需要名稱</translation>
    </message>
    <message>
      <source>a relative needs a relation (parent, spouse, child, sibling, other)</source>
      <translation type="vanished">親屬需要填寫關係（父母、配偶、子女、兄弟姐妹、其他）</translation>
    </message>
    <message>
      <source>must be 64 hexadecimal digits</source>
      <translation type="vanished">必須為 64 位十六進制數字</translation>
    </message>
    <message>
      <source>name exactly one person or one organisation</source>
      <translation type="vanished">請指定唯一一個人員或組織</translation>
    </message>
  </context>
</TS>
