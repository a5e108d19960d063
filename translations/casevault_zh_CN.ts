<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../ui/about_dialog.py" line="0" />
      <source>About CaseVault</source>
      <translation>关于 CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="0" />
      <source>Offline, encrypted case manager.</source>
      <translation>离线加密案件管理工具。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="0" />
      <source>This copy checks nothing online. To make sure it is the published release, compare the line above with the SHA256SUMS file published with it (docs/install.md explains how).</source>
      <translation>本程序不做任何联网检查。要确认这是正式发布的版本，请将上面一行与随版本发布的 SHA256SUMS 文件比对（方法见 docs/install.md）。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="0" />
      <source>Includes the fonts WenQuanYi Micro Hei, DejaVu Sans and Noto Naskh Arabic, under their own free licences.</source>
      <translation>内含字体：文泉驿微米黑、DejaVu Sans 和 Noto Naskh Arabic，各自采用其自由许可证。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="0" />
      <source>&amp;Copy build line</source>
      <translation>复制版本信息(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up vault</source>
      <translation>备份保险库</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="30" />
      <source>Open it with the vault's passphrase</source>
      <translation>使用保险库的口令打开</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="32" />
      <source>Give it its own passphrase:</source>
      <translation>为其设置单独的口令：</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="41" />
      <source>A backup is a complete, encrypted copy of this vault, checked after writing. Keep it on another medium, stored somewhere else than this computer.</source>
      <translation>备份是本保险库完整的加密副本，写入后会经过核验。请将其保存在另一介质上，并存放在这台电脑以外的地方。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="44" />
      <source>Backup file</source>
      <translation>备份文件</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="47" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="48" />
      <source>Repeat passphrase</source>
      <translation>再次输入口令</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="55" />
      <source>Back up vault to</source>
      <translation>将保险库备份到</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="68" />
      <source>Choose where to write the backup.</source>
      <translation>请选择备份的保存位置。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="71" />
      <source>A file with this name exists already; choose a new name.</source>
      <translation>已存在同名文件，请另选一个名称。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="93" />
      <source>The backup {path} was written and checked: it reopens and holds the same {records} records, {exhibits} exhibits and {entries} history entries as the vault, with the same audit-chain head.</source>
      <translation>备份 {path} 已写入并核验：它可以重新打开，包含与保险库相同的 {records} 条记录、{exhibits} 件证据和 {entries} 条历史记录，审计链头也相同。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="97" />
      <source>It opens with its own passphrase.</source>
      <translation>它使用自己的口令打开。</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="98" />
      <source>It opens with the vault's passphrase.</source>
      <translation>它使用保险库的口令打开。</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">口令至少需要 8 个字符；最好使用几个词。</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">两次输入的口令不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>BundleDialogs</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="250" />
      <source>Wrote {path}: {cases} case(s), {records} record(s), {exhibits} exhibit(s), {deletions} deletion(s); encrypted, {size} bytes.</source>
      <translation>已写入 {path}：{cases} 个案件、{records} 条记录、{exhibits} 件证据、{deletions} 项删除；已加密，{size} 字节。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="254" />
      <source>Give the bundle passphrase to the other side separately from the file.</source>
      <translation>请将数据包口令与文件分开交给对方。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="262" />
      <source>Nothing to merge: this vault already holds everything in {file}.</source>
      <translation>无需合并：本保险库已包含 {file} 中的全部内容。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="263" />
      <source>Merged {file}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, {kept} kept as they are here.</source>
      <translation>已合并 {file}：新建 {created} 条，更新 {updated} 条，删除 {deleted} 条，未变 {unchanged} 条，保留本地版本 {kept} 条。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="267" />
      <source>Renamed because the name was taken here:</source>
      <translation>因名称在此已被占用而重命名：</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="269" />
      <source>{n} record(s) deleted here came back because records from the bundle need them.</source>
      <translation>{n} 条在此删除的记录已恢复，因为数据包中的记录需要它们。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="272" />
      <source>{n} record(s) were changed both here and in the bundle. Both versions are kept until you choose one in Vault ▸ Conflicts.</source>
      <translation>{n} 条记录在此处和数据包中都被修改过。两个版本都会保留，直到您在“保险库 ▸ 冲突”中选择其一。</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <location filename="../ui/case_list.py" line="59" />
      <source>Search cases, people, incidents… (Ctrl+F)</source>
      <translation>搜索案件、人员、事件…（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="67" />
      <source>Any status</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="68" />
      <source>Any campaign</source>
      <translation>所有行动</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="70" />
      <source>Any tactic</source>
      <translation>所有手段</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="71" />
      <source>Any country</source>
      <translation>所有国家</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="72" />
      <source>Any tag</source>
      <translation>所有标签</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="73" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_list.py" line="199" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n 个案件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Country</source>
      <translation>所在国</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Campaign</source>
      <translation>行动</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="25" />
      <source>Last change</source>
      <translation>最后修改</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation type="vanished">所在国</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../ui/case_tabs.py" line="45" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="46" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="47" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="48" />
      <source>Residence status</source>
      <translation>居留身份</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="50" />
      <location filename="../ui/case_tabs.py" line="105" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="68" />
      <source>As entered: {date}</source>
      <translation>原始输入：{date}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="68" />
      <source>Date unknown</source>
      <translation>日期不详</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="71" />
      <location filename="../ui/case_tabs.py" line="92" />
      <location filename="../ui/case_tabs.py" line="102" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="72" />
      <source>Tactic</source>
      <translation>手段</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="73" />
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="74" />
      <source>Targeted</source>
      <translation>针对对象</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="75" />
      <source>Involved</source>
      <translation>涉及方</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="76" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="77" />
      <source>Exhibits</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="78" />
      <source>Verification</source>
      <translation>核实</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="79" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="89" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="90" />
      <source>Grade</source>
      <translation>评级</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="91" />
      <location filename="../ui/case_tabs.py" line="101" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="93" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="94" />
      <source>Citation</source>
      <translation>引文</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="95" />
      <source>URL</source>
      <translation>网址</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="103" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="104" />
      <source>Response</source>
      <translation>回复</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="111" />
      <source>Written</source>
      <translation>写于</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="112" />
      <source>By</source>
      <translation>作者</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="113" />
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="119" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="120" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="121" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="149" />
      <source>Choice between two versions of: {record}</source>
      <translation>在两个版本之间选择：{record}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="150" />
      <source>Choice between two versions of a record no longer in this case</source>
      <translation>在两个版本之间选择（该记录已不在本案件中）</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="151" />
      <source>(no longer in this case)</source>
      <translation>（已不在此案件中）</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="157" />
      <source>deleted by a merge</source>
      <translation>因合并而删除</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="163" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="164" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="165" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="166" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="167" />
      <source>What</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../ui/case_view.py" line="70" />
      <source>Add a new person…</source>
      <translation>添加新人员…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="71" />
      <source>Add an existing person…</source>
      <translation>添加已有人员…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="72" />
      <source>New incident…</source>
      <translation>新建事件…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="73" />
      <source>New source…</source>
      <translation>新建来源…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="76" />
      <source>New intervention…</source>
      <translation>新建行动…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="77" />
      <source>New note…</source>
      <translation>新建笔记…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="78" />
      <source>New task…</source>
      <translation>新建任务…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="85" />
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="85" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="86" />
      <source>Chronology</source>
      <translation>时间线</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="86" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="87" />
      <source>Exhibits</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="87" />
      <source>Interventions</source>
      <translation>行动</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="88" />
      <source>Notes and tasks</source>
      <translation>笔记和任务</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="88" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="91" />
      <source>Select a case in the list, or create one with Case ▸ New case.</source>
      <translation>请在列表中选择一个案件，或通过“案件 ▸ 新建案件”创建。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="163" />
      <source>No one is recorded in this case yet.</source>
      <translation>此案件尚未记录任何人员。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="164" />
      <source>No incident recorded yet.</source>
      <translation>尚未记录事件。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="165" />
      <source>No source recorded yet.</source>
      <translation>尚未记录来源。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="167" />
      <source>No intervention recorded yet.</source>
      <translation>尚未记录行动。</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="217" />
      <source>New person in this case</source>
      <translation>此案件中的新人员</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="222" />
      <source>Edit person</source>
      <translation>编辑人员</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="248" />
      <source>New incident</source>
      <translation>新建事件</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="248" />
      <source>Edit incident</source>
      <translation>编辑事件</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="28" />
      <source>New source</source>
      <translation>新建来源</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="28" />
      <source>Edit source</source>
      <translation>编辑来源</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="29" />
      <source>Edit exhibit details</source>
      <translation>编辑证据信息</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="30" />
      <source>New intervention</source>
      <translation>新建行动</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="30" />
      <source>Edit intervention</source>
      <translation>编辑行动</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="31" />
      <source>New note</source>
      <translation>新建笔记</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="31" />
      <source>Edit note</source>
      <translation>编辑笔记</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="32" />
      <source>New task</source>
      <translation>新建任务</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="32" />
      <source>Edit task</source>
      <translation>编辑任务</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="114" />
      <source>Delete case?</source>
      <translation>删除案件？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="115" />
      <source>Delete case {case} and the {n} record(s) in it? This cannot be undone.</source>
      <translation>删除案件 {case} 及其中的 {n} 条记录？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="135" />
      <source>Incidents citing it will no longer refer to it. This cannot be undone.</source>
      <translation>引用它的事件将不再关联它。此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="136" />
      <source>Delete {what}?</source>
      <translation>删除{what}？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="137" />
      <source>Delete {what} “{summary}”?</source>
      <translation>删除{what}“{summary}”？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="147" />
      <source>Remove person?</source>
      <translation>移除人员？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="148" />
      <source>Remove {name} from this case? If they are in no other case, their record is deleted too.</source>
      <translation>将 {name} 从此案件中移除？如其不在其他案件中，其记录也将被删除。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="158" />
      <source>Add exhibits</source>
      <translation>添加证据</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="183" />
      <source>Decrypting…</source>
      <translation>正在解密…</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="194" />
      <source>Save an unencrypted copy?</source>
      <translation>保存未加密的副本？</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="195" />
      <source>The copy of {label} will NOT be encrypted: anyone with access to where you save it can read it. Keep it on an encrypted disk and delete it when done.</source>
      <translation>{label} 的副本将不会加密：任何能访问保存位置的人都能读取。请存放在加密磁盘上，用完后删除。</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="200" />
      <source>Save a copy as</source>
      <translation>副本另存为</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="205" />
      <source>Copy saved</source>
      <translation>副本已保存</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="205" />
      <source>Saved an unencrypted copy as {path}.</source>
      <translation>已将未加密副本保存为 {path}。</translation>
    </message>
    <message>
      <source>Export dossier</source>
      <translation type="vanished">导出卷宗</translation>
    </message>
    <message>
      <source>The PDF dossier will NOT be encrypted and names the persons who consented to be named to authorities. Continue?</source>
      <translation type="vanished">PDF 卷宗将不会加密，并会列出同意向当局具名的人员。是否继续？</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Dossier exported</source>
      <translation type="vanished">卷宗已导出</translation>
    </message>
    <message>
      <source>Wrote {path} ({pages} pages).</source>
      <translation type="vanished">已写入 {path}（{pages} 页）。</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation type="vanished">已写入 {path}。</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="146" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="149" />
      <source>These records were changed both in this vault and in a bundle imported from another vault. Both versions are kept until you choose. Your choice is recorded in the history.</source>
      <translation>这些记录在本保险库和从另一保险库导入的数据包中都被修改过。在您作出选择之前，两个版本都会保留。您的选择会记录在历史中。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="154" />
      <source>Keep this vault's version</source>
      <translation>保留本保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="156" />
      <source>Keep the other vault's version</source>
      <translation>保留另一保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="163" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="163" />
      <source>This vault</source>
      <translation>本保险库</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="163" />
      <source>Other vault</source>
      <translation>另一保险库</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="197" />
      <source>No open conflicts: every record agrees with what was imported.</source>
      <translation>没有未解决的冲突：所有记录都与导入内容一致。</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="220" />
      <source>this vault's version</source>
      <translation>本保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="220" />
      <source>the other vault's version</source>
      <translation>另一保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="221" />
      <source>{record}: {which}. Until you choose, the vault shows {live}.</source>
      <translation>{record}：{which}。在您作出选择之前，保险库显示{live}。</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="38" />
      <source>Changed here and in the other vault</source>
      <translation>在此处和另一保险库中都被修改</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="39" />
      <source>Changed here, deleted in the other vault</source>
      <translation>在此处被修改，在另一保险库中被删除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="40" />
      <source>Deleted here, changed in the other vault (their version is shown meanwhile)</source>
      <translation>在此处被删除，在另一保险库中被修改（暂时显示对方的版本）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="42" />
      <source>Deleted in the other vault, still used here</source>
      <translation>在另一保险库中被删除，但此处仍在使用</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="43" />
      <source>Deleted here, needed by records from the other vault (restored meanwhile)</source>
      <translation>在此处被删除，但另一保险库的记录需要它（暂时已恢复）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="62" />
      <source>Involved</source>
      <translation>涉及者</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="62" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="62" />
      <source>Exhibits</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="63" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="63" />
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="63" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="63" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="64" />
      <source>File type</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="64" />
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="81" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="81" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="119" />
      <source>deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="125" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="126" />
      <source>Which</source>
      <translation>哪一条</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="127" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="128" />
      <source>What differs</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="130" />
      <source>Situation</source>
      <translation>情况</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="131" />
      <source>This vault's version</source>
      <translation>本保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="132" />
      <source>Other vault's version</source>
      <translation>另一保险库的版本</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="230" />
      <location filename="../ui/conflicts_view.py" line="231" />
      <source>(kept)</source>
      <translation>（保留）</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="230" />
      <location filename="../ui/conflicts_view.py" line="231" />
      <source>(deleted)</source>
      <translation>（已删除）</translation>
    </message>
  </context>
  <context>
    <name>DossierDialog</name>
    <message>
      <location filename="../ui/dossier_dialog.py" line="49" />
      <source>Export dossier · {reference}</source>
      <translation>导出卷宗 · {reference}</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="73" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="82" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="84" />
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="107" />
      <source>Legal</source>
      <translation>法律版</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="109" />
      <source>Public</source>
      <translation>公开版</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="115" />
      <source>For authorities, courts and lawyers: names the persons who consented to be named to authorities; the others become Person A, Person B…</source>
      <translation>供主管机关、法院和律师使用：列出同意向主管机关披露姓名的人；其他人显示为 Person A、Person B…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="117" />
      <source>For publication: names only those who consented to publication, and leaves out contact details, exact addresses and photos of the others.</source>
      <translation>供公开发布：只列出同意公开的人，并略去联系方式、确切地址和其他人的照片。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="122" />
      <source>Include open tasks</source>
      <translation>包含未完成的任务</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="126" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="127" />
      <source>US Letter</source>
      <translation>美国信纸（Letter）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="133" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="141" />
      <source>Protect the PDF with a password</source>
      <translation>用密码保护 PDF</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="167" />
      <source>Redaction profile</source>
      <translation>脱敏方案</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="169" />
      <source>Purpose (printed on the cover)</source>
      <translation>用途（印在封面上）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="171" />
      <source>Paper size</source>
      <translation>纸张大小</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="173" />
      <source>Font for other scripts</source>
      <translation>其他文字的字体</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="174" />
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="177" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="178" />
      <source>Repeat password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="221" />
      <source>The saved PDF will be encrypted with AES-256 and open only with this password.</source>
      <translation>保存的 PDF 将以 AES-256 加密，只能用此密码打开。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="225" />
      <source>Without a password the PDF is NOT encrypted: anyone who gets the file can read it. Keep it on an encrypted disk, or set a password.</source>
      <translation>不设密码时 PDF 不加密：任何拿到文件的人都能阅读。请将其保存在加密磁盘上，或设置密码。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="231" />
      <source>Choose a TrueType font</source>
      <translation>选择 TrueType 字体</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="231" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="239" />
      <source>Found on this computer</source>
      <translation>使用本机已安装的字体</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="297" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="302" />
      <source>Preparing the preview…</source>
      <translation>正在准备预览…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="303" />
      <source>Rendering the dossier…</source>
      <translation>正在生成卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="313" />
      <source>Preview cancelled.</source>
      <translation>预览已取消。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="328" />
      <source>Save dossier as</source>
      <translation>卷宗另存为</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="328" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="335" />
      <source>Replace file?</source>
      <translation>替换文件？</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="335" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="339" />
      <location filename="../ui/dossier_dialog.py" line="343" />
      <location filename="../ui/dossier_texts.py" line="106" />
      <location filename="../ui/dossier_texts.py" line="109" />
      <source>Dossier not saved</source>
      <translation>卷宗未保存</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="339" />
      <source>{name} is a folder. Choose a file name for the dossier.</source>
      <translation>{name} 是一个文件夹。请为卷宗选择一个文件名。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="343" />
      <source>The folder {folder} does not exist. Choose another place for the dossier; nothing was written.</source>
      <translation>文件夹 {folder} 不存在。请为卷宗选择其他位置；未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="347" />
      <source>Saving the dossier…</source>
      <translation>正在保存卷宗…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="357" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="366" />
      <source>Dossier saved</source>
      <translation>卷宗已保存</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="18" />
      <source>Type a password, then type it again below.</source>
      <translation>请输入密码，然后在下方再输入一次。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="20" />
      <source>This password is too long: PDF passwords hold at most 127 bytes (about 40 Chinese or 127 Latin characters).</source>
      <translation>密码太长：PDF 密码最多 127 个字节（约 40 个汉字或 127 个拉丁字母）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="23" />
      <source>Type the password again to confirm it.</source>
      <translation>请再输入一次密码以确认。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="25" />
      <source>The two passwords do not match.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="32" />
      <source>A password encrypts the whole PDF with AES-256, the current PDF standard (Acrobat X or later, recent Preview, Firefox, Chrome, Okular and Evince open it). It protects the file if it is copied, mailed or lost: without the password nobody can read its pages or its properties. It does not protect what happens after someone opens it: they can print, copy or forward the content. The file name and size stay visible. A short or guessable password can be found by trying many passwords on another computer: use a long passphrase and pass it on by another channel than the file. The password is not stored anywhere; if it is lost, make the dossier again from the vault.</source>
      <translation>密码会以 AES-256（当前的 PDF 标准）加密整个 PDF（Acrobat X 或更新版本、新版“预览”、Firefox、Chrome、Okular 和 Evince 均可打开）。文件被复制、邮寄或丢失时，它能起到保护作用：没有密码，谁也无法阅读其页面或属性。它不能保护文件被打开之后的情况：打开的人可以打印、复制或转发其内容。文件名和文件大小仍然可见。短密码或容易猜到的密码可能在另一台计算机上被反复尝试破解：请使用较长的密码短语，并通过与文件不同的渠道告知对方。密码不会保存在任何地方；如果遗失，请从保险库重新生成卷宗。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="44" />
      <source>Reading the case…</source>
      <translation>正在读取案件…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="46" />
      <source>Reading exhibits: {done} of {total}</source>
      <translation>正在读取证物：第 {done} 个，共 {total} 个</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="48" />
      <source>Laying out page {page}…</source>
      <translation>正在排版第 {page} 页…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="50" />
      <source>Encrypting…</source>
      <translation>正在加密…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="52" />
      <source>Finishing…</source>
      <translation>即将完成…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="57" />
      <source>Saved {name} ({pages} pages).</source>
      <translation>已保存 {name}（共 {pages} 页）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="59" />
      <source>It is encrypted with AES-256: send the password by another channel than the file.</source>
      <translation>文件已用 AES-256 加密：请通过与文件不同的渠道发送密码。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="61" />
      <source>It is NOT encrypted: keep it on an encrypted disk and delete it when it is no longer needed.</source>
      <translation>文件未加密：请保存在加密磁盘上，不再需要时将其删除。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="73" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="73" />
      <source>Arabic-script (Uyghur, Arabic, Persian)</source>
      <translation>阿拉伯字母（维吾尔文、阿拉伯文、波斯文）</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="73" />
      <source>Latin</source>
      <translation>拉丁字母</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="78" />
      <source>Install a Chinese TrueType font (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Windows has Microsoft YaHei, macOS has STHeiti).</source>
      <translation>请安装中文 TrueType 字体（Debian/Ubuntu：sudo apt install fonts-wqy-microhei；Windows 自带 Microsoft YaHei，macOS 自带 STHeiti）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="80" />
      <source>Install an Arabic-script TrueType font (Debian/Ubuntu: sudo apt install fonts-noto-core; Windows has Arial and Tahoma, macOS has Geeza Pro).</source>
      <translation>请安装阿拉伯字母 TrueType 字体（Debian/Ubuntu：sudo apt install fonts-noto-core；Windows 自带 Arial 和 Tahoma，macOS 自带 Geeza Pro）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="82" />
      <source>Install a TrueType font such as DejaVu Sans (Debian/Ubuntu: sudo apt install fonts-dejavu-core).</source>
      <translation>请安装 DejaVu Sans 等 TrueType 字体（Debian/Ubuntu：sudo apt install fonts-dejavu-core）。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="95" />
      <source>This dossier contains {scripts} text, but no font on this computer has those characters. Nothing was written.</source>
      <translation>此卷宗包含{scripts}文本，但本机没有包含这些字符的字体。未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="98" />
      <source>Or choose a TrueType font file that has them under “Font for other scripts”.</source>
      <translation>或者在“其他文字的字体”中选择包含这些字符的 TrueType 字体文件。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="99" />
      <source>A font is missing</source>
      <translation>缺少字体</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="101" />
      <source>The font cannot be used</source>
      <translation>无法使用该字体</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="101" />
      <source>The chosen font file cannot be used for the dossier. Choose another TrueType (.ttf) font.</source>
      <translation>所选字体文件无法用于卷宗。请选择其他 TrueType (.ttf) 字体。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="104" />
      <source>The password cannot be used</source>
      <translation>无法使用该密码</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="106" />
      <source>The disk is full. Nothing was written, and an earlier file of that name is unchanged. Free some space or choose another place.</source>
      <translation>磁盘已满。未写入任何内容，同名的原有文件保持不变。请释放一些空间或选择其他位置。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="109" />
      <source>The disk refused the file. Nothing was written, and an earlier file of that name is unchanged.</source>
      <translation>磁盘拒绝写入该文件。未写入任何内容，同名的原有文件保持不变。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="111" />
      <source>The dossier could not be made</source>
      <translation>无法生成卷宗</translation>
    </message>
  </context>
  <context>
    <name>DossierPreview</name>
    <message>
      <location filename="../ui/dossier_preview.py" line="57" />
      <source>The preview cannot be shown.</source>
      <translation>无法显示预览。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="60" />
      <source>{pages} pages. The preview stays in memory and is not encrypted; nothing is written until you press “Save as…”.</source>
      <translation>共 {pages} 页。预览只保存在内存中，不加密；在您点击“另存为…”之前不会写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="66" />
      <source>The options changed since this preview: press Preview to see them.</source>
      <translation>此预览之后选项已更改：点击“预览”查看效果。</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="76" />
      <source>Press Preview to see the first pages of the dossier before saving it.</source>
      <translation>点击“预览”，在保存前查看卷宗的前几页。</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../ui/editors.py" line="56" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="59" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="71" />
      <source>Who acted</source>
      <translation>行为方</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="79" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="82" />
      <source>Exhibits</source>
      <translation>证据</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="137" />
      <source>Add an existing person to this case</source>
      <translation>将已有人员添加到此案件</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="142" />
      <source>Type part of a name, in any script</source>
      <translation>输入姓名的一部分，任何文字均可</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="146" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="179" />
      <source>Choose a person from the list first.</source>
      <translation>请先从列表中选择一个人员。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitViewer</name>
    <message>
      <location filename="../ui/exhibits.py" line="91" />
      <source>No preview for this kind of file ({mime}). Use “Save a copy as…” to open it in another program.</source>
      <translation>无法预览此类文件（{mime}）。请使用“副本另存为…”在其他程序中打开。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="104" />
      <source>Select an exhibit and press View.</source>
      <translation>选择一项证据并点击“查看”。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitsTab</name>
    <message>
      <location filename="../ui/exhibits.py" line="124" />
      <source>Add files…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="125" />
      <source>View</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="126" />
      <source>Save a copy as…</source>
      <translation>副本另存为…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="127" />
      <source>Copy SHA-256</source>
      <translation>复制 SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="135" />
      <source>Drop files here to add them as exhibits. They are stored encrypted inside the vault; the originals are not changed.</source>
      <translation>将文件拖到此处即可添加为证据。文件加密保存在保险库中，原文件不会被修改。</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="166" />
      <source>{label} · {name} · SHA-256 at intake: {sha}</source>
      <translation>{label} · {name} · 录入时 SHA-256：{sha}</translation>
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="94" />
      <source>Export bundle</source>
      <translation>导出数据包</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="94" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="97" />
      <source>All cases, with every person, organisation and deletion</source>
      <translation>所有案件，包括全部人员、组织和删除记录</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="99" />
      <source>Only the cases ticked below</source>
      <translation>仅下方勾选的案件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="106" />
      <source>Filter by reference or title</source>
      <translation>按编号或标题筛选</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="118" />
      <source>Only cases changed on or after</source>
      <translation>仅限此日期及之后修改的案件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="127" />
      <source>Bundle file</source>
      <translation>数据包文件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="133" />
      <source>Bundle passphrase</source>
      <translation>数据包口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="134" />
      <source>Repeat passphrase</source>
      <translation>再次输入口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="135" />
      <source>The bundle is encrypted with this passphrase. Agree on it with the person who will import it and give it to them separately from the file, never on the same stick.</source>
      <translation>数据包用此口令加密。请与将要导入的人约定口令，并与文件分开交给对方，切勿放在同一个U盘上。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="147" />
      <source>Gathering the cases, their records and their history…</source>
      <translation>正在收集案件及其记录和历史…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="148" />
      <source>Encrypting and writing the bundle…</source>
      <translation>正在加密并写入数据包…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="155" />
      <source>Export bundle to</source>
      <translation>将数据包导出到</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="170" />
      <source>Choose where to write the bundle.</source>
      <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="176" />
      <source>Tick at least one case, or choose all cases.</source>
      <translation>请至少勾选一个案件，或选择全部案件。</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">口令至少需要 8 个字符；最好使用几个词。</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">两次输入的口令不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../ui/fields.py" line="16" />
      <source>Reference</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="17" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="18" />
      <location filename="../ui/fields.py" line="96" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="19" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="20" />
      <source>Confidentiality</source>
      <translation>保密级别</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="21" />
      <source>Campaign</source>
      <translation>行动</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="22" />
      <source>Origin state</source>
      <translation>来源国</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="23" />
      <source>Host country</source>
      <translation>所在国</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="24" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="25" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="26" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="27" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="33" />
      <location filename="../ui/fields.py" line="117" />
      <source>Name (original script)</source>
      <translation>姓名（原文）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="34" />
      <source>Name (Latin script)</source>
      <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="35" />
      <source>Aliases</source>
      <translation>别名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="36" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="37" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="38" />
      <source>Citizenships</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="39" />
      <source>Residence status</source>
      <translation>居留身份</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="40" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="41" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="42" />
      <source>Contact notes</source>
      <translation>联系备注</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="43" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="44" />
      <source>Notes about the person</source>
      <translation>关于此人的备注</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="50" />
      <source>Role in this case</source>
      <translation>在此案件中的角色</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="51" />
      <source>Relation to the target</source>
      <translation>与目标人物的关系</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="52" />
      <source>What happened to them in this case</source>
      <translation>此人在本案中的遭遇</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="59" />
      <source>Tactic</source>
      <translation>手段</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="60" />
      <source>Date (or start)</source>
      <translation>日期（或开始）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="61" />
      <source>Until (for a range)</source>
      <translation>截至（时间段）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="62" />
      <location filename="../ui/fields.py" line="119" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="63" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="64" />
      <source>Place</source>
      <translation>具体地点</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="65" />
      <source>Who was targeted</source>
      <translation>针对对象</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="66" />
      <source>Verification</source>
      <translation>核实</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="67" />
      <location filename="../ui/fields.py" line="88" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="73" />
      <location filename="../ui/fields.py" line="94" />
      <location filename="../ui/fields.py" line="118" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="74" />
      <source>Citation</source>
      <translation>引文</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="75" />
      <location filename="../ui/fields.py" line="95" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="76" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="77" />
      <source>URL (kept as text, never opened)</source>
      <translation>网址（仅作文本保存，不会打开）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="78" />
      <source>Source reliability (A-F)</source>
      <translation>来源可靠性（A-F）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="79" />
      <source>Information credibility (1-6)</source>
      <translation>信息可信度（1-6）</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="85" />
      <source>Exhibit number</source>
      <translation>证据编号</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="86" />
      <source>Original file name</source>
      <translation>原始文件名</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="87" />
      <source>Captured on</source>
      <translation>采集日期</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="97" />
      <source>Response</source>
      <translation>回复</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="98" />
      <location filename="../ui/fields.py" line="120" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="103" />
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="108" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="109" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="110" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="116" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
  </context>
  <context>
    <name>ImportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="203" />
      <location filename="../ui/bundle_dialogs.py" line="221" />
      <source>Import bundle</source>
      <translation>导入数据包</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="203" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="207" />
      <source>The bundle's cases are merged into this vault: records changed only in the bundle are updated, records changed on both sides are kept in both versions for you to choose from. Nothing is written if the bundle is damaged or the passphrase is wrong.</source>
      <translation>数据包中的案件将合并到本保险库：仅在数据包中修改过的记录会被更新，双方都修改过的记录会保留两个版本供您选择。如果数据包已损坏或口令错误，则不会写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="211" />
      <source>Bundle file</source>
      <translation>数据包文件</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="212" />
      <source>Bundle passphrase</source>
      <translation>数据包口令</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="214" />
      <source>Decrypting and reading the bundle…</source>
      <translation>正在解密并读取数据包…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="215" />
      <source>Checking every record in the bundle…</source>
      <translation>正在检查数据包中的每条记录…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="216" />
      <source>Merging into this vault and updating the search index…</source>
      <translation>正在合并到此保险库并更新搜索索引…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="228" />
      <source>Choose the bundle file (.cvb) to import.</source>
      <translation>请选择要导入的数据包文件（.cvb）。</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="232" />
      <source>Type the bundle passphrase.</source>
      <translation>请输入数据包口令。</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="45" />
      <source>{month} {year}</source>
      <translation>{year}年{m}月</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>{day} {month} {year}</source>
      <translation>{year}年{m}月{day}日</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="54" />
      <source>date unknown</source>
      <translation>日期不详</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>until {date}</source>
      <translation>至{date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="59" />
      <source>{start} – {end}</source>
      <translation>{start}至{end}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="152" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="153" />
      <source>&amp;About CaseVault</source>
      <translation>关于 CaseVault(&amp;A)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="119" />
      <source>&amp;Vault</source>
      <translation>保险库(&amp;V)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="120" />
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="121" />
      <source>Lock and &amp;minimise</source>
      <translation>锁定并最小化(&amp;M)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="124" />
      <source>&amp;Back up vault…</source>
      <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="126" />
      <source>E&amp;xport bundle…</source>
      <translation>导出数据包(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="128" />
      <source>&amp;Import bundle…</source>
      <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="130" />
      <source>&amp;Conflicts…</source>
      <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="133" />
      <source>&amp;Organisations…</source>
      <translation>组织(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="136" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="137" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="138" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="139" />
      <location filename="../ui/main_window.py" line="168" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="141" />
      <source>&amp;Find cases</source>
      <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="142" />
      <source>&amp;Case</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="143" />
      <source>&amp;New case…</source>
      <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="145" />
      <source>New &amp;incident…</source>
      <translation>新建事件(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="147" />
      <source>&amp;Delete case…</source>
      <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="150" />
      <source>&amp;Export dossier…</source>
      <translation>导出卷宗(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="171" />
      <source>&amp;Undo: {action} {what}</source>
      <translation>撤销(&amp;U)：{action}{what}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="199" />
      <source>{n} more wrong passphrase(s) and this vault will be erased.</source>
      <translation>再输错 {n} 次口令，本保险库将被抹除。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="211" />
      <source>Too many wrong passphrases: the vault {file} was erased.</source>
      <translation>口令错误次数过多：保险库 {file} 已被抹除。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="215" />
      <source>Too many wrong passphrases, but the vault could not be erased: {error}</source>
      <translation>口令错误次数过多，但无法抹除保险库：{error}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="223" />
      <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation>口令错误。请检查大写锁定和键盘布局后重试。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="225" />
      <source>This vault is already open in another CaseVault window. Close it there first.</source>
      <translation>此保险库已在另一个 CaseVault 窗口中打开，请先在那里关闭。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="227" />
      <source>There is no file at this location.</source>
      <translation>此位置没有文件。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="229" />
      <source>This file is not a CaseVault vault.</source>
      <translation>此文件不是 CaseVault 保险库。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="231" />
      <source>This vault was written by a newer CaseVault. Update CaseVault to open it.</source>
      <translation>此保险库由更新版本的 CaseVault 写入。请更新 CaseVault 后再打开。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="272" />
      <location filename="../ui/main_window.py" line="339" />
      <location filename="../ui/main_window.py" line="429" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="273" />
      <source>Save your changes before locking?</source>
      <translation>锁定前保存修改？</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="327" />
      <source>The vault locked itself, but some unsaved changes could not be saved: {problems}</source>
      <translation>保险库已自动锁定，但部分未保存的修改无法保存：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="330" />
      <source>The vault is locked.</source>
      <translation>保险库已锁定。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="340" />
      <source>Save the changes to this case before opening another?</source>
      <translation>打开其他案件前保存对此案件的修改？</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="372" />
      <source>New case</source>
      <translation>新建案件</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="421" />
      <source>CaseVault</source>
      <translation>CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="429" />
      <source>Save your changes before quitting?</source>
      <translation>退出前保存修改？</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsDialog</name>
    <message>
      <location filename="../ui/organisations.py" line="26" />
      <source>Organisations</source>
      <translation>组织</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="30" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="31" />
      <source>Original name</source>
      <translation>原文名称</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="32" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="33" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="34" />
      <source>New organisation…</source>
      <translation>新建组织…</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="48" />
      <source>No organisation recorded yet.</source>
      <translation>尚未记录组织。</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="59" />
      <source>New organisation</source>
      <translation>新建组织</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="59" />
      <source>Edit organisation</source>
      <translation>编辑组织</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="68" />
      <source>Delete organisation?</source>
      <translation>删除组织？</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="69" />
      <source>Delete “{name}”?</source>
      <translation>删除“{name}”？</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="79" />
      <source>Cannot delete</source>
      <translation>无法删除</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../ui/overview.py" line="63" />
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="66" />
      <source>Revert</source>
      <translation>还原</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="88" />
      <source>Created {created} · last change {updated} by {author}</source>
      <translation>创建于 {created} · 最后由 {author} 修改于 {updated}</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../ui/forms.py" line="106" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="108" />
      <source>separate with commas</source>
      <translation>用逗号分隔</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="154" />
      <source>This field is required.</source>
      <translation>此项为必填。</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="159" />
      <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2015 or 2015-06).</source>
      <translation>日期格式为 YYYY、YYYY-MM 或 YYYY-MM-DD（例如 2015 或 2015-06）。</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="219" />
      <source>In this case</source>
      <translation>在此案件中</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="285" />
      <source>Discard changes?</source>
      <translation>放弃修改？</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="285" />
      <source>You changed this record. Discard the changes?</source>
      <translation>您修改了此记录。要放弃修改吗？</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <location filename="../ui/record_table.py" line="125" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../ui/record_table.py" line="126" />
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="39" />
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="44" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="55" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="56" />
      <source>A new language applies the next time CaseVault starts.</source>
      <translation>新语言将在下次启动 CaseVault 时生效。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>Lock after inactivity</source>
      <translation>闲置后锁定</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="58" />
      <source>Ctrl+Shift+L locks at once and minimises the window.</source>
      <translation>Ctrl+Shift+L 立即锁定并最小化窗口。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>Automatic backups</source>
      <translation>自动备份</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>Back up the vault when I quit CaseVault with it unlocked</source>
      <translation>在保险库处于解锁状态下退出 CaseVault 时自动备份</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="79" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="89" />
      <source>Backups are encrypted with the vault's passphrase and checked after writing; the oldest backups of the vault beyond this number are deleted from the folder. While automatic backups are on, the folder's location is kept in CaseVault's settings file on this computer; turning them off removes it.</source>
      <translation>备份使用保险库的口令加密，并在写入后核验；超过此数量的该保险库最旧备份会从文件夹中删除。开启自动备份期间，文件夹位置会保存在本电脑的 CaseVault 设置文件中；关闭后即会删除。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="98" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Backups to keep</source>
      <translation>保留的备份数</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>Folder for automatic backups</source>
      <translation>自动备份文件夹</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="113" />
      <source>Erase the vault after wrong passphrases</source>
      <translation>口令输错后抹除保险库</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="116" />
      <source>Erase this vault after this many wrong passphrases in a row:</source>
      <translation>连续输错口令达到此次数后抹除本保险库：</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Off unless you turn it on. Only for when this vault falling into the wrong hands is worse than losing it. When the number is reached, CaseVault overwrites the vault file with random data and deletes it: nothing can bring it back, so keep a backup somewhere else. It does not stop anyone who copies the file first and guesses elsewhere, and on SSDs and some file systems traces of the old data may survive. While it is on, CaseVault's settings file holds a fingerprint of this vault's location and the count of wrong passphrases.</source>
      <translation>默认关闭，除非您自行开启。仅适用于保险库落入他人之手比丢失它更糟的情况。达到次数后，CaseVault 会用随机数据覆盖保险库文件并将其删除：无法恢复，因此请在别处保留备份。它无法阻止先复制文件再在别处猜测口令的人；在 SSD 和某些文件系统上，旧数据的痕迹可能仍会残留。开启期间，CaseVault 的设置文件会保存本保险库位置的指纹以及口令错误次数。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="136" />
      <source>Unlock the vault to change this setting for it.</source>
      <translation>请先解锁保险库才能更改此设置。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Choose a folder for the automatic backups.</source>
      <translation>请为自动备份选择一个文件夹。</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>Erase after wrong passphrases?</source>
      <translation>口令输错后抹除？</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>After {n} wrong passphrases in a row, CaseVault will overwrite and delete {file}. Nothing can bring it back. Turn this on?</source>
      <translation>连续输错口令 {n} 次后，CaseVault 将覆盖并删除 {file}，且无法恢复。确定开启吗？</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../ui/task_dialog.py" line="86" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="159" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>口令至少需要 8 个字符；最好使用几个词。</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="161" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../ui/unlock_view.py" line="76" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="86" />
      <location filename="../ui/unlock_view.py" line="149" />
      <source>Remember this vault's location on this computer</source>
      <translation>在此电脑上记住此保险库的位置</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="89" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="101" />
      <source>Create a new vault…</source>
      <translation>创建新保险库…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="106" />
      <source>Vault file</source>
      <translation>保险库文件</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="107" />
      <location filename="../ui/unlock_view.py" line="167" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="110" />
      <source>Open your vault</source>
      <translation>打开您的保险库</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="126" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="148" />
      <source>shown in the history of every change (optional)</source>
      <translation>显示在每次修改的历史记录中（可选）</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="150" />
      <source>Write the passphrase down and keep it somewhere safe. If it is forgotten, the vault cannot be opened by anyone: there is no reset and no recovery.</source>
      <translation>请写下口令并妥善保管。一旦忘记，任何人都无法打开此保险库：无法重置，也无法恢复。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="159" />
      <source>Create vault</source>
      <translation>创建保险库</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="162" />
      <source>Open an existing vault…</source>
      <translation>打开已有保险库…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="166" />
      <source>New vault file</source>
      <translation>新保险库文件</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="170" />
      <source>Repeat passphrase</source>
      <translation>再次输入口令</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="171" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="174" />
      <source>Create a new vault</source>
      <translation>创建新保险库</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="211" />
      <source>Open vault</source>
      <translation>打开保险库</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="217" />
      <source>New vault</source>
      <translation>新保险库</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="225" />
      <source>Choose the vault file first.</source>
      <translation>请先选择保险库文件。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="229" />
      <source>Type the passphrase.</source>
      <translation>请输入口令。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="240" />
      <source>Choose where to create the vault.</source>
      <translation>请选择保险库的创建位置。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="242" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>口令至少需要 8 个字符；最好由多个词组成。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="245" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="257" />
      <source>Very weak</source>
      <translation>非常弱</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="257" />
      <source>Weak</source>
      <translation>弱</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="257" />
      <source>Fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="257" />
      <source>Good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="257" />
      <source>Strong</source>
      <translation>强</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="261" />
      <source>Strength: {level}. Four or more random words make a strong, memorable passphrase.</source>
      <translation>强度：{level}。四个或以上随机词语可组成既安全又好记的口令。</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="263" />
      <source>Four or more random words make a strong, memorable passphrase.</source>
      <translation>四个或以上随机词语可组成既安全又好记的口令。</translation>
    </message>
  </context>
  <context>
    <name>VaultActions</name>
    <message>
      <location filename="../ui/vault_actions.py" line="27" />
      <source>Backup verified</source>
      <translation>备份已核验</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="38" />
      <source>Bundle written</source>
      <translation>数据包已写入</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="59" />
      <location filename="../ui/vault_actions.py" line="65" />
      <source>Bundle merged</source>
      <translation>数据包已合并</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="60" />
      <source>{n} conflict(s) are waiting for your choice. Review them now?</source>
      <translation>有 {n} 个冲突等待您选择。现在查看吗？</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="98" />
      <source>Backing up the vault to {folder} before closing…</source>
      <translation>正在关闭前将保险库备份到 {folder}…</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="104" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="104" />
      <source>Some unsaved changes could not be saved: {problems}</source>
      <translation>部分未保存的修改无法保存：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="109" />
      <source>Automatic backup failed</source>
      <translation>自动备份失败</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="110" />
      <source>The automatic backup could not be written: {error}</source>
      <translation>无法写入自动备份：{error}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="112" />
      <source>Close CaseVault anyway? The vault itself is unharmed.</source>
      <translation>仍要关闭 CaseVault 吗？保险库本身不受影响。</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>is required</source>
      <translation>为必填项</translation>
    </message>
    <message>
      <source>ends before it starts</source>
      <translation>结束日期早于开始日期</translation>
    </message>
    <message>
      <source>a person needs a name in Latin or original script</source>
      <translation>人员需要拉丁字母或原文姓名</translation>
    </message>
    <message>
      <source>an organisation needs a name</source>
      <translation>组织需要名称</translation>
    </message>
    <message>
      <source>a relative needs a relation (parent, spouse, child, sibling, other)</source>
      <translation>亲属需要填写关系（父母、配偶、子女、兄弟姐妹、其他）</translation>
    </message>
    <message>
      <source>must be 64 hexadecimal digits</source>
      <translation>必须为 64 位十六进制数字</translation>
    </message>
    <message>
      <source>name exactly one person or one organisation</source>
      <translation>请指定唯一一个人员或组织</translation>
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <source>Sky Net</source>
      <translation>天网</translation>
    </message>
    <message>
      <source>Fox Hunt</source>
      <translation>猎狐</translation>
    </message>
    <message>
      <source>Sky Net (other)</source>
      <translation>天网（其他）</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>跟踪中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>公开</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>限制</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>机密</translation>
    </message>
    <message>
      <source>Strictly confidential</source>
      <translation>绝密</translation>
    </message>
    <message>
      <source>May not be named</source>
      <translation>不得具名</translation>
    </message>
    <message>
      <source>May be named to authorities</source>
      <translation>可向当局具名</translation>
    </message>
    <message>
      <source>May be named in public reports</source>
      <translation>可在公开报告中具名</translation>
    </message>
    <message>
      <source>Carried out</source>
      <translation>实施</translation>
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
      <source>Confirmed by other sources</source>
      <translation>经其他来源证实</translation>
    </message>
    <message>
      <source>Probably true</source>
      <translation>很可能属实</translation>
    </message>
    <message>
      <source>Possibly true</source>
      <translation>可能属实</translation>
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
      <translation>无法判断真实性</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>报警</translation>
    </message>
    <message>
      <source>National-security report</source>
      <translation>向国家安全部门报告</translation>
    </message>
    <message>
      <source>Asylum claim</source>
      <translation>庇护申请</translation>
    </message>
    <message>
      <source>Interpol CCF request</source>
      <translation>国际刑警组织档案控制委员会申请</translation>
    </message>
    <message>
      <source>UN communication</source>
      <translation>联合国来文</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>媒体</translation>
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
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>Public security bureau</source>
      <translation>公安局</translation>
    </message>
    <message>
      <source>Discipline commission</source>
      <translation>纪律检查委员会</translation>
    </message>
    <message>
      <source>Overseas police service station</source>
      <translation>海外警务服务站</translation>
    </message>
    <message>
      <source>Proxy association</source>
      <translation>代理社团</translation>
    </message>
    <message>
      <source>Host-country agency</source>
      <translation>所在国机构</translation>
    </message>
    <message>
      <source>Not returned</source>
      <translation>未被遣返</translation>
    </message>
    <message>
      <source>Returned after persuasion</source>
      <translation>被劝返</translation>
    </message>
    <message>
      <source>Returned by extradition</source>
      <translation>被引渡</translation>
    </message>
    <message>
      <source>Returned by deportation</source>
      <translation>被驱逐遣返</translation>
    </message>
    <message>
      <source>Returned by rendition</source>
      <translation>被非法押回</translation>
    </message>
    <message>
      <source>Detained in host country</source>
      <translation>在所在国被拘留</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>失踪</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>已故</translation>
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
      <translation>紧急</translation>
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
      <source>Citizen</source>
      <translation>公民</translation>
    </message>
    <message>
      <source>Permanent resident</source>
      <translation>永久居民</translation>
    </message>
    <message>
      <source>Refugee claimant</source>
      <translation>难民申请人</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>学生</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>访客</translation>
    </message>
    <message>
      <source>Undocumented</source>
      <translation>无证件</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标人物</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>亲属</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>证人</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>信息来源</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>施害者</translation>
    </message>
    <message>
      <source>Intermediary</source>
      <translation>中间人</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <source>Host authority contact</source>
      <translation>所在国当局联系人</translation>
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
      <translation>访谈</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>News article</source>
      <translation>新闻报道</translation>
    </message>
    <message>
      <source>NGO report</source>
      <translation>非政府组织报告</translation>
    </message>
    <message>
      <source>Official Chinese source</source>
      <translation>中国官方来源</translation>
    </message>
    <message>
      <source>Court record</source>
      <translation>法院记录</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>社交媒体</translation>
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
      <translation>较为可靠</translation>
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
      <translation>无法判断可靠性</translation>
    </message>
    <message>
      <source>Pressure on relatives</source>
      <translation>向亲属施压</translation>
    </message>
    <message>
      <source>Detention of relatives</source>
      <translation>拘押亲属</translation>
    </message>
    <message>
      <source>Relatives sent abroad</source>
      <translation>派亲属出境</translation>
    </message>
    <message>
      <source>Agents abroad</source>
      <translation>境外人员</translation>
    </message>
    <message>
      <source>Persuasion meeting</source>
      <translation>劝返会面</translation>
    </message>
    <message>
      <source>Overseas police station</source>
      <translation>海外警务站</translation>
    </message>
    <message>
      <source>Online threat</source>
      <translation>网络威胁</translation>
    </message>
    <message>
      <source>Threat in person</source>
      <translation>当面威胁</translation>
    </message>
    <message>
      <source>Harassment</source>
      <translation>骚扰</translation>
    </message>
    <message>
      <source>Physical surveillance</source>
      <translation>实地监视</translation>
    </message>
    <message>
      <source>Digital surveillance</source>
      <translation>数字监控</translation>
    </message>
    <message>
      <source>Hacking or spyware</source>
      <translation>黑客攻击或间谍软件</translation>
    </message>
    <message>
      <source>Smear campaign</source>
      <translation>抹黑行动</translation>
    </message>
    <message>
      <source>Interpol notice</source>
      <translation>国际刑警组织通报</translation>
    </message>
    <message>
      <source>Extradition request</source>
      <translation>引渡请求</translation>
    </message>
    <message>
      <source>Trial in absentia</source>
      <translation>缺席审判</translation>
    </message>
    <message>
      <source>Passport or document refusal</source>
      <translation>拒发护照或证件</translation>
    </message>
    <message>
      <source>Exit ban</source>
      <translation>禁止出境</translation>
    </message>
    <message>
      <source>Asset freeze</source>
      <translation>冻结资产</translation>
    </message>
    <message>
      <source>Luring to a third country</source>
      <translation>诱骗至第三国</translation>
    </message>
    <message>
      <source>Detention in host country</source>
      <translation>在所在国被拘留</translation>
    </message>
    <message>
      <source>Deportation</source>
      <translation>驱逐出境</translation>
    </message>
    <message>
      <source>Kidnapping or rendition</source>
      <translation>绑架或强制押送</translation>
    </message>
    <message>
      <source>Assault</source>
      <translation>人身攻击</translation>
    </message>
    <message>
      <source>Unverified</source>
      <translation>未核实</translation>
    </message>
    <message>
      <source>Corroborated</source>
      <translation>已佐证</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>Disputed</source>
      <translation>有争议</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>组织</translation>
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
      <translation>证据</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>行动</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Exchange bundle</source>
      <translation>交换数据包</translation>
    </message>
    <message>
      <source>created</source>
      <translation>创建了</translation>
    </message>
    <message>
      <source>edited</source>
      <translation>编辑了</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>删除了</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>导入了</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>合并了</translation>
    </message>
    <message>
      <source>kept this vault's version</source>
      <translation>保留了本保险库的版本</translation>
    </message>
    <message>
      <source>took the other vault's version</source>
      <translation>采用了另一保险库的版本</translation>
    </message>
  </context>
</TS>
