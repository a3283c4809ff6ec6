/** The round × button that closes a panel or a toolbar; `label` says what it closes ("Close the tour"). */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
